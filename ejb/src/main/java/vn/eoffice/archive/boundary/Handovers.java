package vn.eoffice.archive.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import vn.eoffice.archive.control.CaseFileAccess;
import vn.eoffice.archive.control.Renditions;
import vn.eoffice.archive.entity.CaseFile;
import vn.eoffice.archive.entity.FileState;
import vn.eoffice.archive.entity.Handover;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.people.entity.Reader;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.InputValidator;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.StateConflictException;
import vn.eoffice.platform.boundary.Violation;

/**
 * Hand-over to the agency's current archive (nộp lưu, Decree 30 art. 31; the Archive Law 2024): a
 * closed file of five years' retention or more is handed over by its keeper; the archivist checks
 * it and accepts it, read-only from then, or returns it with the reason, and its keeper reopens it
 * to mend it or hands it over again. With the head's approval a unit keeps a closed file back for
 * up to two years past its due date.
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.ARCHIVIST_NAME, Role.LEADER_NAME, Role.OFFICER_NAME})
public class Handovers {

  /** How long a unit may keep a file back past its due date (Decree 30 art. 31). */
  static final int KEEP_BACK_YEARS = 2;

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject InputValidator input;
  @Inject CaseFileAccess access;
  @Inject Renditions renditions;
  @Inject Clock clock;
  @EJB AuditLog audit;

  /** The files handed over that wait for the archivist's check. */
  @RolesAllowed(Role.ARCHIVIST_NAME)
  public List<CaseFileView> waiting() {
    Reader reader = access.reader(caller());
    return em
        .createNamedQuery(CaseFile.IN_STATE, CaseFile.class)
        .setParameter("state", FileState.SUBMITTED)
        .getResultList()
        .stream()
        .map(f -> access.view(f, reader))
        .toList();
  }

  public CaseFileView submit(long id) {
    CaseFileAccess.Caller caller = caller();
    CaseFile file = access.kept(id, caller, FileState.CLOSED, FileState.RETURNED);
    if (!file.goesToArchive()) {
      throw new StateConflictException(
          "StaysWithUnit",
          file.getState(),
          "a file kept for less than "
              + CaseFile.TO_ARCHIVE_FROM_YEARS
              + " years stays with its unit; it is not handed over");
    }
    file.submit(caller.username(), clock.instant());
    renditions.ask(file);
    audit.record(AuditAction.CASE_FILE_HANDED_OVER, "CaseFile", id, "handed over");
    return access.view(file, access.reader(caller));
  }

  @RolesAllowed(Role.ARCHIVIST_NAME)
  public CaseFileView accept(long id) {
    CaseFileAccess.Caller caller = caller();
    CaseFile file = submitted(id, caller);
    file.decide(Handover.Outcome.ACCEPTED, null, caller.username(), clock.instant());
    audit.record(AuditAction.CASE_FILE_ARCHIVED, "CaseFile", id, "accepted into the archive");
    return access.view(file, access.reader(caller));
  }

  @RolesAllowed(Role.ARCHIVIST_NAME)
  public CaseFileView giveBack(long id, Returning returning) {
    input.check(returning);
    CaseFileAccess.Caller caller = caller();
    CaseFile file = submitted(id, caller);
    String reason = returning.reason().strip();
    file.decide(Handover.Outcome.RETURNED, reason, caller.username(), clock.instant());
    audit.record(AuditAction.CASE_FILE_ARCHIVED, "CaseFile", id, "returned: " + reason);
    return access.view(file, access.reader(caller));
  }

  /** The keeper opens a returned file again, to add or take out what the archivist asked for. */
  public CaseFileView reopen(long id) {
    CaseFileAccess.Caller caller = caller();
    CaseFile file = access.kept(id, caller, FileState.RETURNED);
    file.reopen();
    audit.record(AuditAction.CASE_FILE_CHANGED, "CaseFile", id, "reopened after its return");
    return access.view(file, access.reader(caller));
  }

  /**
   * The head approves keeping a closed file back in its unit, up to two years past its due date.
   */
  @RolesAllowed(Role.LEADER_NAME)
  public CaseFileView keepBack(long id, KeepingBack keeping) {
    input.check(keeping);
    CaseFileAccess.Caller caller = caller();
    CaseFile file = access.visible(id, caller);
    if (file.getState() != FileState.CLOSED && file.getState() != FileState.RETURNED) {
      throw new StateConflictException(
          "NotClosed", file.getState(), "only a closed file not in the archive is kept back");
    }
    if (!file.goesToArchive()) {
      throw new StateConflictException(
          "StaysWithUnit", file.getState(), "this file stays with its unit anyway");
    }
    var latest = file.getEndDate().plusYears(1 + KEEP_BACK_YEARS);
    if (keeping.until().isAfter(latest) || !keeping.until().isAfter(file.getEndDate())) {
      throw new InvalidInputException(
          Violation.of(
              "until",
              "OutOfRange",
              "a file is kept back at most "
                  + KEEP_BACK_YEARS
                  + " years past its due date: until "
                  + latest
                  + " at the latest, after its end on "
                  + file.getEndDate()));
    }
    file.keepBack(keeping.until(), keeping.reason().strip(), caller.username());
    audit.record(
        AuditAction.CASE_FILE_CHANGED,
        "CaseFile",
        id,
        "kept back until " + keeping.until() + ": " + keeping.reason().strip());
    return access.view(file, access.reader(caller));
  }

  private CaseFile submitted(long id, CaseFileAccess.Caller caller) {
    CaseFile file = access.visible(id, caller);
    em.lock(file, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (file.getState() != FileState.SUBMITTED) {
      throw new StateConflictException(
          "NotHandedOver", file.getState(), "the file is not waiting for the archive's check");
    }
    return file;
  }

  private CaseFileAccess.Caller caller() {
    return CaseFileAccess.Caller.of(context);
  }
}
