package vn.eoffice.archive.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.eoffice.archive.entity.CaseFile;
import vn.eoffice.archive.entity.FileState;
import vn.eoffice.archive.entity.Loan;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.InputValidator;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.platform.boundary.StateConflictException;
import vn.eoffice.platform.boundary.Violation;

/**
 * Borrowing (khai thác) a file of the archive: anyone of the agency asks to read a file found in
 * the catalogue, saying why; the head approves it until a date (at most 90 days ahead) or refuses
 * it with the reason. An approved borrowing lets its borrower read the file and its documents
 * (restricted ones excepted) until that day; every reading on it is logged.
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.ARCHIVIST_NAME, Role.LEADER_NAME, Role.OFFICER_NAME})
public class Loans {

  static final int LONGEST_DAYS = 90;

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject InputValidator input;
  @Inject Clock clock;
  @EJB AuditLog audit;

  public LoanView request(long fileId, LoanForms.Request request) {
    input.check(request);
    CaseFile file = em.find(CaseFile.class, fileId);
    if (file == null || file.getState() != FileState.ACCEPTED) {
      throw new NotFoundException("File in the archive", fileId);
    }
    Loan loan = new Loan(file, caller(), request.purpose().strip(), clock.instant());
    em.persist(loan);
    em.flush();
    audit.record(AuditAction.CASE_FILE_LOAN, "CaseFile", fileId, "asked: " + loan.getPurpose());
    return LoanView.of(loan);
  }

  /** The caller's borrowings, newest first. */
  public List<LoanView> mine() {
    return em
        .createNamedQuery(Loan.OF_BORROWER, Loan.class)
        .setParameter("borrower", caller())
        .getResultList()
        .stream()
        .map(LoanView::of)
        .toList();
  }

  /** The borrowings that wait for the head's decision. */
  @RolesAllowed(Role.LEADER_NAME)
  public List<LoanView> waiting() {
    return em
        .createNamedQuery(Loan.IN_STATE, Loan.class)
        .setParameter("state", Loan.State.REQUESTED)
        .getResultList()
        .stream()
        .map(LoanView::of)
        .toList();
  }

  @RolesAllowed(Role.LEADER_NAME)
  public LoanView approve(long id, LoanForms.Approval approval) {
    input.check(approval);
    Loan loan = requested(id);
    LocalDate today = LocalDate.now(clock);
    if (approval.until().isBefore(today)
        || approval.until().isAfter(today.plusDays(LONGEST_DAYS))) {
      throw new InvalidInputException(
          Violation.of(
              "until",
              "OutOfRange",
              "a borrowing runs from today to at most "
                  + LONGEST_DAYS
                  + " days ahead: "
                  + today
                  + " to "
                  + today.plusDays(LONGEST_DAYS)));
    }
    loan.approve(approval.until(), caller(), clock.instant());
    audit.record(
        AuditAction.CASE_FILE_LOAN,
        "CaseFile",
        loan.getCaseFile().getId(),
        "lent to " + loan.getBorrower() + " until " + approval.until());
    return LoanView.of(loan);
  }

  @RolesAllowed(Role.LEADER_NAME)
  public LoanView refuse(long id, LoanForms.Refusal refusal) {
    input.check(refusal);
    Loan loan = requested(id);
    loan.refuse(refusal.reason().strip(), caller(), clock.instant());
    audit.record(
        AuditAction.CASE_FILE_LOAN,
        "CaseFile",
        loan.getCaseFile().getId(),
        "refused to " + loan.getBorrower() + ": " + loan.getRefusal());
    return LoanView.of(loan);
  }

  private Loan requested(long id) {
    Loan loan = em.find(Loan.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (loan == null) {
      throw new NotFoundException("Borrowing", id);
    }
    if (loan.getState() != Loan.State.REQUESTED) {
      throw new StateConflictException(
          "DecidedAlready", loan.getState(), "the borrowing is decided already");
    }
    return loan;
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
