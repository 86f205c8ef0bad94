package vn.eoffice.workflow.boundary;

import static vn.eoffice.platform.control.Texts.blankToNull;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.eoffice.documents.control.Attachments;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentFile;
import vn.eoffice.documents.entity.DocumentStatus;
import vn.eoffice.documents.entity.UnitShare;
import vn.eoffice.organisation.entity.Unit;
import vn.eoffice.people.control.Readers;
import vn.eoffice.people.entity.Reader;
import vn.eoffice.people.entity.Role;
import vn.eoffice.people.entity.UserAccount;
import vn.eoffice.platform.boundary.InputValidator;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.platform.boundary.StateConflictException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.registers.entity.Direction;
import vn.eoffice.workflow.control.Participants;
import vn.eoffice.workflow.control.WorkflowEvents;
import vn.eoffice.workflow.entity.Assignment;
import vn.eoffice.workflow.entity.AssignmentState;
import vn.eoffice.workflow.entity.DeadlineExtension;
import vn.eoffice.workflow.entity.ExtensionState;
import vn.eoffice.workflow.entity.HandlingRole;
import vn.eoffice.workflow.entity.ProgressReport;
import vn.eoffice.workflow.entity.ResultKind;
import vn.eoffice.workflow.entity.WorkflowAction;

/**
 * Handling of incoming documents (Decree 30/2020, art. 24): the clerk presents the document to a
 * leader; the leader instructs and assigns a lead handler, co-handlers and a deadline; a unit
 * leader passes the unit's line on to persons; handlers report progress and finish with a result;
 * deadlines are extended on request. Each step checks who may take it and records itself in the
 * document's history and the audit log.
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.LEADER_NAME, Role.OFFICER_NAME})
public class IncomingHandling {

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject InputValidator input;
  @Inject Clock clock;
  @Inject Readers readers;
  @Inject Participants participants;
  @Inject WorkflowEvents events;
  @Inject Attachments attachments;

  /** Trình: the clerk presents a registered document to a leader, who then sees it waiting. */
  @RolesAllowed(Role.CLERK_NAME)
  public DocumentSummary present(long documentId, Presentation command) {
    input.check(command);
    Document document = incoming(documentId);
    if (document.getStatus() != DocumentStatus.REGISTERED
        && document.getStatus() != DocumentStatus.PRESENTED) {
      throw new StateConflictException(
          "PresentOnlyRegistered",
          document.getStatus(),
          "only a registered document not yet assigned can be presented");
    }
    UserAccount leader = participants.leader(command.leader(), "leader");
    DocumentStatus from = document.getStatus();
    document.grant(leader.getUsername());
    document.moveTo(DocumentStatus.PRESENTED, leader.getUsername());
    events.record(
        document,
        caller(),
        WorkflowAction.PRESENTED,
        from,
        leader.getUsername(),
        blankToNull(command.comment()));
    return DocumentSummary.of(document, true);
  }

  /**
   * Ý kiến chỉ đạo: the leader the document was presented to (or any agency leader) writes the
   * instruction and assigns it. A confidential document goes to persons only.
   */
  @RolesAllowed(Role.LEADER_NAME)
  public HandlingForm instruct(long documentId, Instruction command) {
    input.check(command);
    Document document = incoming(documentId);
    Reader reader = readers.of(caller());
    boolean presentedToCaller =
        document.getStatus() == DocumentStatus.PRESENTED
            && caller().equals(document.getAwaitingUser());
    boolean agencyLeaderMayTake =
        reader.agencyLeader()
            && (document.getStatus() == DocumentStatus.REGISTERED
                || document.getStatus() == DocumentStatus.PRESENTED);
    if (!presentedToCaller && !agencyLeaderMayTake) {
      throw new StateConflictException(
          "NotPresentedToYou",
          document.getStatus(),
          "the document is not waiting for your instruction");
    }
    LocalDate deadline = checkedDeadline(command.deadline(), null, "deadline");
    List<Handler> cooperators = command.cooperators() == null ? List.of() : command.cooperators();
    checkHandler(command.lead(), "lead", document);
    for (int i = 0; i < cooperators.size(); i++) {
      checkHandler(cooperators.get(i), "cooperators[" + i + "]", document);
    }
    Instant now = clock.instant();
    String instruction = blankToNull(command.instruction());
    assign(document, null, HandlingRole.LEAD, command.lead(), now, instruction, deadline);
    Set<Handler> seen = new HashSet<>(Set.of(command.lead()));
    for (Handler cooperator : cooperators) {
      if (seen.add(cooperator)) {
        assign(document, null, HandlingRole.COOPERATE, cooperator, now, instruction, deadline);
      }
    }
    DocumentStatus from = document.getStatus();
    document.grant(caller());
    document.setDeadline(deadline);
    document.moveTo(DocumentStatus.IN_HANDLING, null);
    em.flush();
    events.record(
        document, caller(), WorkflowAction.INSTRUCTED, from, describe(command.lead()), instruction);
    return form(document);
  }

  /**
   * A unit's leader passes the unit's line on to persons of the unit, with their own instruction
   * and a deadline no later than the unit's.
   */
  @RolesAllowed(Role.LEADER_NAME)
  public HandlingForm passOn(long assignmentId, PassOn command) {
    input.check(command);
    Assignment line = assignment(assignmentId);
    Reader reader = readers.of(caller());
    if (line.getAssigneeUnit() == null || !reader.leads(line.getAssigneeUnit().getId())) {
      throw new StateConflictException(
          "NotYourUnit", line.getState(), "only a leader of the assigned unit can pass it on");
    }
    if (!line.getState().open()) {
      throw new StateConflictException(
          "LineClosed", line.getState(), "the line is passed on or done already");
    }
    LocalDate deadline = checkedDeadline(command.deadline(), line.getDeadline(), "deadline");
    Unit unit = line.getAssigneeUnit();
    Document document = line.getDocument();
    List<String> people = new ArrayList<>();
    people.add(command.lead().strip());
    if (command.cooperators() != null) {
      command.cooperators().stream().map(String::strip).forEach(people::add);
    }
    for (int i = 0; i < people.size(); i++) {
      String field = i == 0 ? "lead" : "cooperators[" + (i - 1) + "]";
      UserAccount person = participants.person(people.get(i), field);
      if (person.getUnits().stream().noneMatch(u -> u.getId().equals(unit.getId()))) {
        throw new InvalidInputException(
            Violation.of(
                field, "UnitMember", person.getUsername() + " is not in " + unit.getName()));
      }
    }
    Instant now = clock.instant();
    String instruction = blankToNull(command.instruction());
    Set<String> seen = new LinkedHashSet<>(people);
    boolean first = true;
    for (String username : seen) {
      HandlingRole role = first ? line.getRole() : HandlingRole.COOPERATE;
      first = false;
      em.persist(
          Assignment.toPerson(
              document, line, role, username, caller(), now, instruction, deadline));
      document.grant(username);
    }
    line.passOn();
    em.flush();
    events.record(
        document,
        caller(),
        WorkflowAction.PASSED_ON,
        document.getStatus(),
        String.join(", ", seen),
        instruction);
    return form(document);
  }

  /** A handler reports progress, with files attached to the document. */
  public HandlingForm report(long assignmentId, ProgressNote command) {
    input.check(command);
    Assignment line = ownLine(assignmentId);
    if (!line.getState().open()) {
      throw new StateConflictException(
          "LineClosed", line.getState(), "the line is passed on or done already");
    }
    Document document = line.getDocument();
    Instant now = clock.instant();
    int before = document.getFiles().size();
    List<Long> uploads = command.uploadIds() == null ? List.of() : command.uploadIds();
    attachments.attach(document, uploads, caller(), now);
    List<String> names =
        document.getFiles().subList(before, document.getFiles().size()).stream()
            .map(DocumentFile::current)
            .map(v -> v.getContent().getFileName())
            .toList();
    line.start();
    em.persist(
        new ProgressReport(
            line,
            caller(),
            now,
            command.note().strip(),
            names.isEmpty() ? null : String.join(", ", names)));
    em.flush();
    events.record(
        document,
        caller(),
        WorkflowAction.PROGRESS_REPORTED,
        document.getStatus(),
        null,
        command.note().strip());
    return form(document);
  }

  /**
   * A handler finishes the line. When the lead line is done (through the persons a unit passed it
   * to, if any), the document is handled.
   */
  public HandlingForm finish(long assignmentId, HandlingResult command) {
    input.check(command);
    Assignment line = ownLine(assignmentId);
    if (!line.getState().open()) {
      throw new StateConflictException(
          "LineClosed", line.getState(), "the line is passed on or done already");
    }
    Document reply = null;
    if (command.kind() == ResultKind.REPLY) {
      if (command.replyDocumentId() == null) {
        throw new InvalidInputException(
            Violation.of("replyDocumentId", "NotNull", "a reply names the answering document"));
      }
      reply = em.find(Document.class, command.replyDocumentId());
      if (reply == null
          || reply.getDirection() != Direction.OUTGOING
          || !reply.readableBy(readers.of(caller()))) {
        throw new InvalidInputException(
            Violation.of(
                "replyDocumentId",
                "Exists",
                "there is no outgoing document " + command.replyDocumentId()));
      }
    }
    Instant now = clock.instant();
    String note = blankToNull(command.note());
    line.finish(command.kind(), note, reply, caller(), now);
    Document document = line.getDocument();
    DocumentStatus from = document.getStatus();
    Assignment done = line;
    while (done.getRole() == HandlingRole.LEAD
        && done.getParent() != null
        && done.getParent().getState() == AssignmentState.PASSED_ON) {
      done = done.getParent();
      done.finish(command.kind(), note, reply, caller(), now);
    }
    if (done.getRole() == HandlingRole.LEAD && done.getParent() == null) {
      document.moveTo(DocumentStatus.HANDLED, null);
    }
    em.flush();
    events.record(
        document, caller(), WorkflowAction.HANDLING_FINISHED, from, command.kind().name(), note);
    return form(document);
  }

  /** A handler asks for a later deadline. */
  public HandlingForm requestExtension(long assignmentId, ExtensionRequest command) {
    input.check(command);
    Assignment line = ownLine(assignmentId);
    if (!line.getState().open()) {
      throw new StateConflictException(
          "LineClosed", line.getState(), "the line is passed on or done already");
    }
    if (line.getDeadline() == null || !command.deadline().isAfter(line.getDeadline())) {
      throw new InvalidInputException(
          Violation.of(
              "deadline",
              "AfterDeadline",
              "ask for a date after the present deadline " + line.getDeadline()));
    }
    boolean pending =
        em
            .createNamedQuery(DeadlineExtension.OF_DOCUMENT, DeadlineExtension.class)
            .setParameter("documentId", line.getDocument().getId())
            .getResultList()
            .stream()
            .anyMatch(e -> e.getAssignment() == line && e.getState() == ExtensionState.REQUESTED);
    if (pending) {
      throw new StateConflictException(
          "ExtensionPending", line.getState(), "an extension for this line waits for a decision");
    }
    em.persist(
        new DeadlineExtension(
            line, caller(), clock.instant(), command.deadline(), command.reason().strip()));
    em.flush();
    events.record(
        line.getDocument(),
        caller(),
        WorkflowAction.EXTENSION_REQUESTED,
        line.getDocument().getStatus(),
        command.deadline().toString(),
        command.reason().strip());
    return form(line.getDocument());
  }

  /** Whoever assigned the line, or an agency leader, grants or refuses the extension. */
  @RolesAllowed(Role.LEADER_NAME)
  public HandlingForm decideExtension(long extensionId, ExtensionDecision command) {
    input.check(command);
    DeadlineExtension extension = em.find(DeadlineExtension.class, extensionId);
    if (extension == null
        || !extension.getAssignment().getDocument().readableBy(readers.of(caller()))) {
      throw new NotFoundException("Deadline extension", extensionId);
    }
    Assignment line = extension.getAssignment();
    if (!caller().equals(line.getAssignedBy()) && !readers.of(caller()).agencyLeader()) {
      throw new StateConflictException(
          "NotYourAssignment",
          extension.getState(),
          "only who assigned the line, or an agency leader, decides its extension");
    }
    if (extension.getState() != ExtensionState.REQUESTED) {
      throw new StateConflictException(
          "ExtensionDecided", extension.getState(), "the extension is decided already");
    }
    extension.decide(command.grant(), caller(), clock.instant(), blankToNull(command.note()));
    Document document = line.getDocument();
    if (command.grant() && line.getRole() == HandlingRole.LEAD && line.getParent() == null) {
      document.setDeadline(extension.getRequestedDeadline());
    }
    em.flush();
    events.record(
        document,
        caller(),
        command.grant() ? WorkflowAction.EXTENSION_GRANTED : WorkflowAction.EXTENSION_REFUSED,
        document.getStatus(),
        extension.getRequestedDeadline().toString(),
        blankToNull(command.note()));
    return form(document);
  }

  /** The handling form of a document the caller may read. */
  @RolesAllowed({
    Role.CLERK_NAME,
    Role.LEADER_NAME,
    Role.OFFICER_NAME,
    Role.ARCHIVIST_NAME,
    Role.ADMIN_NAME
  })
  public HandlingForm handlingForm(long documentId) {
    Document document = em.find(Document.class, documentId);
    if (document == null || !document.readableBy(readers.of(caller()))) {
      throw new NotFoundException("Document", documentId);
    }
    return form(document);
  }

  private HandlingForm form(Document document) {
    LocalDate today = LocalDate.now(clock);
    return new HandlingForm(
        document.getId(),
        em
            .createNamedQuery(Assignment.OF_DOCUMENT, Assignment.class)
            .setParameter("document", document)
            .getResultList()
            .stream()
            .map(a -> AssignmentView.of(a, today))
            .toList(),
        em
            .createNamedQuery(ProgressReport.OF_DOCUMENT, ProgressReport.class)
            .setParameter("documentId", document.getId())
            .getResultList()
            .stream()
            .map(ProgressView::of)
            .toList(),
        em
            .createNamedQuery(DeadlineExtension.OF_DOCUMENT, DeadlineExtension.class)
            .setParameter("documentId", document.getId())
            .getResultList()
            .stream()
            .map(ExtensionView::of)
            .toList());
  }

  private void assign(
      Document document,
      Assignment parent,
      HandlingRole role,
      Handler handler,
      Instant now,
      String instruction,
      LocalDate deadline) {
    if (handler.isUnit()) {
      Unit unit = participants.unit(handler.unitId(), "lead");
      em.persist(Assignment.toUnit(document, role, unit, caller(), now, instruction, deadline));
      document.share(unit.getId(), UnitShare.Kind.HANDLING);
    } else {
      UserAccount person = participants.person(handler.username(), "lead");
      em.persist(
          Assignment.toPerson(
              document, parent, role, person.getUsername(), caller(), now, instruction, deadline));
      document.grant(person.getUsername());
      person.getUnits().forEach(u -> document.share(u.getId(), UnitShare.Kind.HANDLING));
    }
  }

  private void checkHandler(Handler handler, String field, Document document) {
    if (handler == null || handler.isUnit() == (handler.username() != null)) {
      throw new InvalidInputException(
          Violation.of(field, "OneHandler", "name either a unit (unitId) or a person (username)"));
    }
    if (handler.isUnit()) {
      if (document.getConfidentiality().restricted()) {
        throw new InvalidInputException(
            Violation.of(
                field, "PersonsOnly", "a confidential document is assigned to persons only"));
      }
      participants.unit(handler.unitId(), field);
    } else {
      participants.person(handler.username(), field);
    }
  }

  private LocalDate checkedDeadline(LocalDate deadline, LocalDate notAfter, String field) {
    if (deadline == null) {
      return notAfter;
    }
    if (deadline.isBefore(LocalDate.now(clock))) {
      throw new InvalidInputException(
          Violation.of(field, "FutureOrPresent", "the deadline cannot be in the past"));
    }
    if (notAfter != null && deadline.isAfter(notAfter)) {
      throw new InvalidInputException(
          Violation.of(field, "NotAfter", "the deadline cannot be after " + notAfter));
    }
    return deadline;
  }

  /** Who the history names as the lead: the unit by its name, a person by user name. */
  private String describe(Handler handler) {
    if (!handler.isUnit()) {
      return handler.username();
    }
    Unit unit = em.find(Unit.class, handler.unitId());
    return unit == null ? String.valueOf(handler.unitId()) : unit.getName();
  }

  /** A line the caller handles: assigned to them, or to a unit they lead. */
  private Assignment ownLine(long assignmentId) {
    Assignment line = assignment(assignmentId);
    Reader reader = readers.of(caller());
    boolean own =
        caller().equals(line.getAssigneeUser())
            || line.getAssigneeUnit() != null && reader.leads(line.getAssigneeUnit().getId());
    if (!own || line.getRole() == HandlingRole.RECIPIENT) {
      throw new StateConflictException(
          "NotYourLine", line.getState(), "only the assigned handler can do this");
    }
    return line;
  }

  private Assignment assignment(long id) {
    Assignment line = em.find(Assignment.class, id);
    if (line == null || !line.getDocument().readableBy(readers.of(caller()))) {
      throw new NotFoundException("Assignment", id);
    }
    return line;
  }

  private Document incoming(long id) {
    Document document = em.find(Document.class, id);
    if (document == null
        || document.getDirection() != Direction.INCOMING
        || !document.readableBy(readers.of(caller()))) {
      throw new NotFoundException("Incoming document", id);
    }
    return document;
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
