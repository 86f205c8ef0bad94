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
import java.time.Year;
import java.util.List;
import vn.eoffice.archive.control.Keepers;
import vn.eoffice.archive.entity.FilePlan;
import vn.eoffice.archive.entity.PlanState;
import vn.eoffice.archive.entity.PlannedFile;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.InputValidator;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.platform.boundary.StateConflictException;
import vn.eoffice.platform.boundary.Violation;

/**
 * The file plan (danh mục hồ sơ) of each year: the archivist or the clerk drafts it, file by file;
 * the head of the agency (a leader) approves it, and from then on it is fixed and files are opened
 * from it. Everyone who keeps files reads it.
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.ARCHIVIST_NAME, Role.LEADER_NAME, Role.OFFICER_NAME})
public class FilePlans {

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject InputValidator input;
  @Inject Keepers keepers;
  @Inject Clock clock;
  @EJB AuditLog audit;

  public List<FilePlanView> all() {
    return em.createNamedQuery(FilePlan.ALL, FilePlan.class).getResultList().stream()
        .map(FilePlanView::of)
        .toList();
  }

  public FilePlanView get(int year) {
    return FilePlanView.of(plan(year));
  }

  /** Starts the plan of a year, from this year back to 1990 or for the next one. */
  @RolesAllowed({Role.CLERK_NAME, Role.ARCHIVIST_NAME})
  public FilePlanView draft(int year) {
    int now = Year.now(clock).getValue();
    if (year < 1990 || year > now + 1) {
      throw new InvalidInputException(
          Violation.of(
              "year",
              "OutOfRange",
              "a file plan is drafted for a year from 1990 to " + (now + 1) + ", not " + year));
    }
    if (find(year) != null) {
      throw new StateConflictException(
          "PlanExists", year, "the file plan of " + year + " exists already");
    }
    FilePlan plan = new FilePlan(year, caller(), clock.instant());
    em.persist(plan);
    audit.record(AuditAction.FILE_PLAN_CHANGED, "FilePlan", year, "drafted");
    return FilePlanView.of(plan);
  }

  @RolesAllowed({Role.CLERK_NAME, Role.ARCHIVIST_NAME})
  public FilePlanView plan(int year, PlannedFileForm form) {
    input.check(form);
    FilePlan plan = draftOf(year);
    String notation = form.notation().strip();
    if (plan.getFiles().stream().anyMatch(f -> f.getNotation().equalsIgnoreCase(notation))) {
      throw new InvalidInputException(
          Violation.of(
              "notation",
              "DuplicateNotation",
              "the plan of " + year + " has a file " + notation + " already"));
    }
    Integer retention = Retention.of(form.retentionYears(), form.permanent());
    keepers.check(form.unitId(), form.responsible());
    plan.plan(
        notation,
        form.title().strip(),
        retention,
        form.unitId(),
        form.responsible() == null || form.responsible().isBlank()
            ? null
            : form.responsible().strip());
    em.flush();
    audit.record(AuditAction.FILE_PLAN_CHANGED, "FilePlan", year, "planned " + notation);
    return FilePlanView.of(plan);
  }

  @RolesAllowed({Role.CLERK_NAME, Role.ARCHIVIST_NAME})
  public FilePlanView drop(int year, long plannedId) {
    FilePlan plan = draftOf(year);
    PlannedFile file =
        plan.getFiles().stream()
            .filter(f -> f.getId() == plannedId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Planned file", plannedId));
    plan.drop(file);
    audit.record(AuditAction.FILE_PLAN_CHANGED, "FilePlan", year, "dropped " + file.getNotation());
    return FilePlanView.of(plan);
  }

  /** The head of the agency approves the plan: from then on it is fixed. */
  @RolesAllowed(Role.LEADER_NAME)
  public FilePlanView approve(int year) {
    FilePlan plan = draftOf(year);
    if (plan.getFiles().isEmpty()) {
      throw new StateConflictException(
          "PlanEmpty", plan.getState(), "a file plan with no file cannot be approved");
    }
    plan.approve(caller(), clock.instant());
    audit.record(
        AuditAction.FILE_PLAN_APPROVED, "FilePlan", year, plan.getFiles().size() + " files");
    return FilePlanView.of(plan);
  }

  private FilePlan draftOf(int year) {
    FilePlan plan = plan(year);
    em.lock(plan, LockModeType.PESSIMISTIC_WRITE);
    if (plan.getState() != PlanState.DRAFT) {
      throw new StateConflictException(
          "PlanApproved",
          plan.getState(),
          "the file plan of " + year + " is approved: it is fixed");
    }
    return plan;
  }

  private FilePlan plan(int year) {
    FilePlan plan = find(year);
    if (plan == null) {
      throw new NotFoundException("File plan of", year);
    }
    return plan;
  }

  private FilePlan find(int year) {
    return em.createNamedQuery(FilePlan.OF_YEAR, FilePlan.class)
        .setParameter("year", year)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
