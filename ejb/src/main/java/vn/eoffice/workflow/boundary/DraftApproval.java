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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentStatus;
import vn.eoffice.documents.entity.FileVersion;
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
import vn.eoffice.verification.control.QrStamp;
import vn.eoffice.workflow.control.Participants;
import vn.eoffice.workflow.control.WorkflowEvents;
import vn.eoffice.workflow.entity.Assignment;
import vn.eoffice.workflow.entity.HandlingRole;
import vn.eoffice.workflow.entity.WorkflowAction;

/**
 * Approval of outgoing drafts (Decree 30/2020, art. 10-14): the drafter submits the draft to the
 * head of unit for review or straight to the signing leader; each can approve or return it with a
 * comment; the signing leader's approval records the exact file version (SHA-256) approved, which
 * is the one the clerk may issue. After issue the clerk sends it to internal recipients, who find
 * it in their inbox at once.
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.LEADER_NAME, Role.OFFICER_NAME})
public class DraftApproval {

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject QrStamp qr;
  @Inject InputValidator input;
  @Inject Clock clock;
  @Inject Readers readers;
  @Inject Participants participants;
  @Inject WorkflowEvents events;

  /**
   * The drafter submits a draft (new or returned) to a leader: an agency leader approves it for
   * signature, any other leader reviews it first.
   */
  public DocumentSummary submit(long documentId, Submission command) {
    input.check(command);
    Document draft = outgoing(documentId);
    if (!caller().equals(draft.getCreatedBy())) {
      throw new StateConflictException(
          "NotYourDraft", draft.getStatus(), "only the drafter submits the draft");
    }
    if (draft.getStatus() != DocumentStatus.DRAFT && draft.getStatus() != DocumentStatus.RETURNED) {
      throw new StateConflictException(
          "NotSubmittable", draft.getStatus(), "the draft is under review or approved already");
    }
    if (WorkflowEvents.mainVersion(draft) == null) {
      throw new InvalidInputException(
          Violation.of("file", "NotNull", "attach the draft's DOCX or PDF file before submitting"));
    }
    UserAccount leader = participants.leader(command.to(), "to");
    if (leader.getUsername().equals(caller())) {
      throw new InvalidInputException(
          Violation.of("to", "NotYourself", "submit the draft to someone else"));
    }
    DocumentStatus from = draft.getStatus();
    draft.grant(leader.getUsername());
    draft.moveTo(
        Participants.agencyLeader(leader) ? DocumentStatus.IN_APPROVAL : DocumentStatus.IN_REVIEW,
        leader.getUsername());
    events.record(
        draft,
        caller(),
        WorkflowAction.SUBMITTED,
        from,
        leader.getUsername(),
        blankToNull(command.comment()));
    return DocumentSummary.of(draft, true);
  }

  /**
   * The leader the draft waits for approves it. A reviewer passes it to the signing leader named in
   * {@code next}; the signing leader's approval fixes the file version that will be issued.
   */
  @RolesAllowed(Role.LEADER_NAME)
  public DocumentSummary approve(long documentId, Approval command) {
    input.check(command);
    Document draft = outgoing(documentId);
    checkAwaitingCaller(draft);
    FileVersion seen = checkSeen(draft, command.fileSha256());
    DocumentStatus from = draft.getStatus();
    String target = null;
    if (from == DocumentStatus.IN_REVIEW) {
      if (command.next() == null || command.next().isBlank()) {
        throw new InvalidInputException(
            Violation.of("next", "NotBlank", "name the leader who signs the document"));
      }
      UserAccount signer = participants.leader(command.next(), "next");
      if (signer.getUsername().equals(caller())) {
        draft.moveTo(DocumentStatus.APPROVED, null);
        draft.approve(seen.getContent().getSha256(), caller(), clock.instant());
      } else {
        draft.grant(signer.getUsername());
        draft.moveTo(DocumentStatus.IN_APPROVAL, signer.getUsername());
        target = signer.getUsername();
      }
    } else {
      draft.moveTo(DocumentStatus.APPROVED, null);
      draft.approve(seen.getContent().getSha256(), caller(), clock.instant());
    }
    // The history keeps the version the leader saw; then the QR code goes on, and the version
    // with it is the one approved for signing and issue.
    events.record(
        draft, caller(), WorkflowAction.APPROVED, from, target, blankToNull(command.comment()));
    if (draft.getStatus() == DocumentStatus.APPROVED) {
      draft.approve(withQrCode(draft, seen), caller(), draft.getApprovedAt());
    }
    return DocumentSummary.of(draft, true);
  }

  /**
   * The approved version with the verification QR code put on it before anyone signs (see {@link
   * QrStamp}); its SHA-256 is what the approval fixes.
   */
  private String withQrCode(Document draft, FileVersion seen) {
    FileVersion approved = qr.stamp(draft, seen, caller(), clock.instant());
    return approved == null ? null : approved.getContent().getSha256();
  }

  /**
   * Trả lại: the leader the draft waits for, or a clerk checking the form of an approved draft,
   * returns it to the drafter with a comment. The history keeps the version that was seen.
   */
  public DocumentSummary returnDraft(long documentId, ReturnNote command) {
    input.check(command);
    Document draft = outgoing(documentId);
    boolean clerkChecksForm =
        draft.getStatus() == DocumentStatus.APPROVED && readers.of(caller()).has(Role.CLERK);
    if (!clerkChecksForm) {
      checkAwaitingCaller(draft);
    }
    checkSeen(draft, command.fileSha256());
    DocumentStatus from = draft.getStatus();
    draft.moveTo(DocumentStatus.RETURNED, draft.getCreatedBy());
    events.record(
        draft,
        caller(),
        WorkflowAction.RETURNED,
        from,
        draft.getCreatedBy(),
        command.comment().strip());
    return DocumentSummary.of(draft, true);
  }

  /** The clerk sends an issued document to units and persons of the agency. */
  @RolesAllowed(Role.CLERK_NAME)
  public DocumentSummary send(long documentId, Dispatch command) {
    input.check(command);
    Document document = outgoing(documentId);
    if (document.getStatus() != DocumentStatus.ISSUED) {
      throw new StateConflictException(
          "NotIssued", document.getStatus(), "only an issued document is sent");
    }
    List<Long> unitIds = command.unitIds() == null ? List.of() : command.unitIds();
    List<String> usernames = command.usernames() == null ? List.of() : command.usernames();
    if (unitIds.isEmpty() && usernames.isEmpty()) {
      throw new InvalidInputException(
          Violation.of("unitIds", "NotEmpty", "name at least one unit or person to send to"));
    }
    if (document.getConfidentiality().restricted() && !unitIds.isEmpty()) {
      throw new InvalidInputException(
          Violation.of(
              "unitIds", "PersonsOnly", "a confidential document is sent to persons only"));
    }
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < unitIds.size(); i++) {
      units.add(participants.unit(unitIds.get(i), "unitIds[" + i + "]"));
    }
    Set<String> people = new LinkedHashSet<>();
    for (int i = 0; i < usernames.size(); i++) {
      people.add(participants.person(usernames.get(i), "usernames[" + i + "]").getUsername());
    }
    Instant now = clock.instant();
    List<String> names = new ArrayList<>();
    for (Unit unit : new LinkedHashSet<>(units)) {
      em.persist(
          Assignment.toUnit(document, HandlingRole.RECIPIENT, unit, caller(), now, null, null));
      document.share(unit.getId(), UnitShare.Kind.RECIPIENT);
      names.add(unit.getName());
    }
    for (String username : people) {
      em.persist(
          Assignment.toPerson(
              document, null, HandlingRole.RECIPIENT, username, caller(), now, null, null));
      document.grant(username);
      names.add(username);
    }
    em.flush();
    events.record(
        document,
        caller(),
        WorkflowAction.SENT,
        document.getStatus(),
        String.join(", ", names),
        null);
    return DocumentSummary.of(document, true);
  }

  private void checkAwaitingCaller(Document draft) {
    boolean inApproval =
        draft.getStatus() == DocumentStatus.IN_REVIEW
            || draft.getStatus() == DocumentStatus.IN_APPROVAL;
    if (!inApproval || !caller().equals(draft.getAwaitingUser())) {
      throw new StateConflictException(
          "NotSubmittedToYou", draft.getStatus(), "the draft is not waiting for your decision");
    }
  }

  /** The version the decision is about: the current one, which must be the one the user saw. */
  private static FileVersion checkSeen(Document draft, String seenSha256) {
    FileVersion current = WorkflowEvents.mainVersion(draft);
    if (current == null) {
      throw new InvalidInputException(Violation.of("file", "NotNull", "the draft has no file"));
    }
    if (seenSha256 != null && !seenSha256.equals(current.getContent().getSha256())) {
      throw new StateConflictException(
          "ChangedMeanwhile",
          draft.getStatus(),
          "the draft's file changed since you opened it; open it again");
    }
    return current;
  }

  private Document outgoing(long id) {
    Document document = em.find(Document.class, id);
    Reader reader = readers.of(caller());
    if (document == null
        || document.getDirection() != Direction.OUTGOING
        || !document.readableBy(reader)) {
      throw new NotFoundException("Outgoing document", id);
    }
    return document;
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
