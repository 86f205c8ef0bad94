package vn.eoffice.workflow.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.people.control.Readers;
import vn.eoffice.people.entity.Reader;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.workflow.entity.Assignment;
import vn.eoffice.workflow.entity.AssignmentState;
import vn.eoffice.workflow.entity.HandlingRole;
import vn.eoffice.workflow.entity.WorkflowEvent;

/**
 * What each user sees of the workflow: their inbox (documents waiting for their decision and their
 * assignments), the follow-up lists of overdue and soon-due work, and a document's history.
 */
@Stateless
@RolesAllowed({
  Role.CLERK_NAME,
  Role.LEADER_NAME,
  Role.OFFICER_NAME,
  Role.ARCHIVIST_NAME,
  Role.ADMIN_NAME
})
public class Worklists {

  /** Days ahead that count as "due soon". */
  public static final int DUE_SOON_DAYS = 3;

  private static final int MAX_ITEMS = 500;

  /** The inbox views. */
  public enum View {
    ALL,
    NEW,
    IN_PROGRESS,
    DONE,
    OVERDUE,
    RECEIVED
  }

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject Clock clock;
  @Inject Readers readers;

  public Inbox inbox(String view) {
    View chosen = view(view);
    Reader reader = readers.of(caller());
    LocalDate today = LocalDate.now(clock);
    List<Assignment> mine = mine(reader);
    List<InboxItem> items =
        mine.stream()
            .filter(filter(chosen, today))
            .limit(MAX_ITEMS)
            .map(a -> item(a, reader, today))
            .toList();
    List<DocumentSummary> awaiting =
        em
            .createNamedQuery(Document.AWAITING, Document.class)
            .setParameter("username", caller())
            .setMaxResults(MAX_ITEMS)
            .getResultList()
            .stream()
            .map(d -> DocumentSummary.of(d, true))
            .toList();
    List<Assignment> work =
        mine.stream().filter(a -> a.getRole() != HandlingRole.RECIPIENT).toList();
    return new Inbox(
        awaiting,
        items,
        (int) work.stream().filter(a -> a.getState() == AssignmentState.NEW).count(),
        (int) work.stream().filter(a -> a.overdue(today) && a.getState().open()).count(),
        (int) work.stream().filter(a -> dueSoon(a, today)).count());
  }

  /**
   * Overdue and soon-due open lines: an agency leader sees the agency's, a unit leader their units'
   * (lines of the unit and of its people), anyone else their own.
   */
  public FollowUp followUp() {
    Reader reader = readers.of(caller());
    LocalDate today = LocalDate.now(clock);
    List<Assignment> open =
        em
            .createNamedQuery(Assignment.OPEN_WITH_DEADLINE, Assignment.class)
            .setParameter("states", List.of(AssignmentState.NEW, AssignmentState.IN_PROGRESS))
            .setParameter("until", today.plusDays(DUE_SOON_DAYS))
            .getResultList()
            .stream()
            .filter(a -> a.getRole() != HandlingRole.RECIPIENT)
            .filter(a -> followedBy(a, reader))
            .toList();
    List<InboxItem> overdue = new ArrayList<>();
    List<InboxItem> dueSoon = new ArrayList<>();
    for (Assignment a : open) {
      (a.overdue(today) ? overdue : dueSoon).add(item(a, reader, today));
    }
    return new FollowUp(overdue, dueSoon);
  }

  /** The document's workflow history, oldest first. */
  public List<WorkflowEventView> history(long documentId) {
    Document document = em.find(Document.class, documentId);
    if (document == null || !document.readableBy(readers.of(caller()))) {
      throw new NotFoundException("Document", documentId);
    }
    return em
        .createNamedQuery(WorkflowEvent.OF_DOCUMENT, WorkflowEvent.class)
        .setParameter("documentId", documentId)
        .getResultList()
        .stream()
        .map(WorkflowEventView::of)
        .toList();
  }

  private boolean followedBy(Assignment a, Reader reader) {
    if (caller().equals(a.getAssigneeUser())) {
      return true;
    }
    if (!a.getDocument().readableBy(reader)) {
      return false;
    }
    if (reader.agencyLeader()) {
      return true;
    }
    if (a.getAssigneeUnit() != null) {
      return reader.leads(a.getAssigneeUnit().getId());
    }
    return readers
        .account(a.getAssigneeUser())
        .map(u -> u.getUnits().stream().anyMatch(unit -> reader.leads(unit.getId())))
        .orElse(false);
  }

  /** Lines of the user, and of units they lead (to pass on) or belong to (received documents). */
  private List<Assignment> mine(Reader reader) {
    List<Long> units = new ArrayList<>(reader.units());
    if (units.isEmpty()) {
      units.add(-1L);
    }
    return em
        .createNamedQuery(Assignment.FOR_USER, Assignment.class)
        .setParameter("username", caller())
        .setParameter("units", units)
        .getResultList()
        .stream()
        .filter(
            a ->
                a.getAssigneeUser() != null
                    || a.getRole() == HandlingRole.RECIPIENT
                    || reader.leads(a.getAssigneeUnit().getId()))
        .filter(a -> a.getDocument().readableBy(reader))
        .toList();
  }

  private static Predicate<Assignment> filter(View view, LocalDate today) {
    return switch (view) {
      case ALL -> a -> true;
      case NEW -> a -> a.getRole() != HandlingRole.RECIPIENT && a.getState() == AssignmentState.NEW;
      case IN_PROGRESS -> a -> a.getState() == AssignmentState.IN_PROGRESS;
      case DONE ->
          a -> a.getState() == AssignmentState.DONE || a.getState() == AssignmentState.PASSED_ON;
      case OVERDUE -> a -> a.getState().open() && a.overdue(today);
      case RECEIVED -> a -> a.getRole() == HandlingRole.RECIPIENT;
    };
  }

  private static boolean dueSoon(Assignment a, LocalDate today) {
    return a.getState().open()
        && a.getDeadline() != null
        && !a.getDeadline().isBefore(today)
        && !a.getDeadline().isAfter(today.plusDays(DUE_SOON_DAYS));
  }

  private static InboxItem item(Assignment a, Reader reader, LocalDate today) {
    return new InboxItem(
        AssignmentView.of(a, today),
        DocumentSummary.of(a.getDocument(), a.getDocument().readableBy(reader)));
  }

  private static View view(String view) {
    if (view == null || view.isBlank()) {
      return View.ALL;
    }
    try {
      return View.valueOf(view.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          Violation.of(
              "view",
              "OneOf",
              "view must be one of all, new, in_progress, done, overdue, received"));
    }
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
