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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.eoffice.archive.entity.CaseFile;
import vn.eoffice.archive.entity.Destruction;
import vn.eoffice.archive.entity.FileState;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.organisation.boundary.OrganisationService;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.InputValidator;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.platform.boundary.StateConflictException;
import vn.eoffice.platform.boundary.Violation;

/**
 * Destruction of files whose retention has run out (Archive Law 2024): the archivist lists them and
 * proposes a destruction; the head approves it with the number and date of the council's decision;
 * only then the archivist carries it out, with a record (biên bản) listing every file as it was and
 * an audit entry for each. A permanent file is never destroyed, nor one whose retention has not run
 * out.
 */
@Stateless
@RolesAllowed({Role.ARCHIVIST_NAME, Role.LEADER_NAME})
public class Destructions {

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject InputValidator input;
  @Inject Clock clock;
  @EJB OrganisationService organisation;
  @EJB AuditLog audit;

  /** The files in the archive or closed in their unit whose retention ended before today. */
  public List<Long> expired() {
    LocalDate today = today();
    List<Long> ids = new ArrayList<>();
    for (FileState state : List.of(FileState.ACCEPTED, FileState.CLOSED)) {
      em
          .createNamedQuery(CaseFile.IN_STATE, CaseFile.class)
          .setParameter("state", state)
          .getResultList()
          .stream()
          .filter(f -> f.retentionEnds() != null && f.retentionEnds().isBefore(today))
          .forEach(f -> ids.add(f.getId()));
    }
    return ids;
  }

  public List<DestructionView> all() {
    return em.createNamedQuery(Destruction.ALL, Destruction.class).getResultList().stream()
        .map(DestructionView::of)
        .toList();
  }

  @RolesAllowed(Role.ARCHIVIST_NAME)
  public DestructionView propose(DestructionView.Proposal proposal) {
    input.check(proposal);
    LocalDate today = today();
    List<CaseFile> files = new ArrayList<>();
    List<Violation> problems = new ArrayList<>();
    for (Long id : proposal.fileIds().stream().distinct().toList()) {
      CaseFile file = em.find(CaseFile.class, id);
      if (file == null) {
        throw new NotFoundException("Case file", id);
      }
      if (file.isPermanent()) {
        problems.add(
            new Violation(
                "fileIds",
                "Permanent",
                Map.of("file", id),
                "the file " + id + " is kept permanently: it is never destroyed"));
      } else if (file.getState() != FileState.ACCEPTED && file.getState() != FileState.CLOSED
          || file.retentionEnds() == null
          || !file.retentionEnds().isBefore(today)) {
        problems.add(
            new Violation(
                "fileIds",
                "NotExpired",
                Map.of("file", id),
                "the retention of file "
                    + id
                    + " has not run out"
                    + (file.retentionEnds() == null
                        ? ""
                        : ": it ends on " + file.retentionEnds())));
      } else {
        files.add(file);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Destruction destruction = new Destruction(files, caller(), clock.instant());
    em.persist(destruction);
    em.flush();
    audit.record(
        AuditAction.CASE_FILE_DESTRUCTION,
        "Destruction",
        destruction.getId(),
        "proposed for files " + proposal.fileIds());
    return DestructionView.of(destruction);
  }

  @RolesAllowed(Role.LEADER_NAME)
  public DestructionView approve(long id, DestructionView.Approval approval) {
    input.check(approval);
    Destruction destruction = in(id, Destruction.State.PROPOSED);
    destruction.approve(
        approval.decision().strip(),
        approval.decisionDate(),
        approval.council().strip(),
        caller(),
        clock.instant());
    audit.record(
        AuditAction.CASE_FILE_DESTRUCTION,
        "Destruction",
        id,
        "approved by decision " + approval.decision().strip());
    return DestructionView.of(destruction);
  }

  /** Carries out an approved destruction, and writes its record. */
  @RolesAllowed(Role.ARCHIVIST_NAME)
  public DestructionView carryOut(long id) {
    Destruction destruction = em.find(Destruction.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (destruction == null) {
      throw new NotFoundException("Destruction", id);
    }
    if (destruction.getState() != Destruction.State.APPROVED) {
      throw new StateConflictException(
          "DestructionNotApproved",
          destruction.getState(),
          destruction.getState() == Destruction.State.PROPOSED
              ? "nothing is destroyed before the head approves the council's decision"
              : "the destruction is carried out already");
    }
    String organCode = organisation.agency().getOrganisationCode();
    StringBuilder record = new StringBuilder();
    record
        .append("BIÊN BẢN HỦY TÀI LIỆU HẾT GIÁ TRỊ\n")
        .append("Quyết định: ")
        .append(destruction.getDecision())
        .append(" ngày ")
        .append(destruction.getDecisionDate())
        .append("\nHội đồng: ")
        .append(destruction.getCouncil())
        .append("\nNgười thực hiện: ")
        .append(caller())
        .append(", ngày ")
        .append(today())
        .append("\n");
    int n = 1;
    for (CaseFile file : destruction.getFiles()) {
      record
          .append(n++)
          .append(". ")
          .append(organCode)
          .append('.')
          .append(file.getYear())
          .append('.')
          .append(file.getNotation())
          .append(" — ")
          .append(file.getTitle())
          .append(" — ")
          .append(file.getStartDate())
          .append(" đến ")
          .append(file.getEndDate())
          .append(" — ")
          .append(file.getRetentionYears())
          .append(" năm — ")
          .append(file.getDocTotal())
          .append(" văn bản, ")
          .append(file.getPageTotal())
          .append(" trang\n");
      file.destroyed();
      audit.record(
          AuditAction.CASE_FILE_DESTRUCTION,
          "CaseFile",
          file.getId(),
          "destroyed by decision " + destruction.getDecision());
    }
    destruction.carriedOut(record.toString(), caller(), clock.instant());
    return DestructionView.of(destruction);
  }

  private Destruction in(long id, Destruction.State state) {
    Destruction destruction = em.find(Destruction.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (destruction == null) {
      throw new NotFoundException("Destruction", id);
    }
    if (destruction.getState() != state) {
      throw new StateConflictException(
          "DecidedAlready", destruction.getState(), "the destruction is approved already");
    }
    return destruction;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
