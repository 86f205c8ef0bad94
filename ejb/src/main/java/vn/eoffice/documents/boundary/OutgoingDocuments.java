package vn.eoffice.documents.boundary;

import static vn.eoffice.platform.control.Texts.blankToNull;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.documents.control.Attachments;
import vn.eoffice.documents.entity.Confidentiality;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentStatus;
import vn.eoffice.documents.entity.Urgency;
import vn.eoffice.organisation.boundary.OrganisationService;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.organisation.entity.Unit;
import vn.eoffice.people.control.Readers;
import vn.eoffice.people.entity.Reader;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.InputValidator;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.platform.boundary.StateConflictException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.registers.boundary.RegisterAdministration;
import vn.eoffice.registers.control.RegisterNumbering;
import vn.eoffice.registers.control.RegisterSelection;
import vn.eoffice.registers.entity.Direction;
import vn.eoffice.registers.entity.DocumentRegister;
import vn.eoffice.registers.entity.DocumentType;
import vn.eoffice.registers.entity.Notation;

/**
 * Văn bản đi: drafts, and the clerk's cấp số at issue time: the next number of the document's
 * series, its số ký hiệu and date (Decree 30/2020, art. 15). Review, approval and signatures come
 * between the two in the workflow.
 */
@Stateless
@RolesAllowed(Role.CLERK_NAME)
public class OutgoingDocuments {

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject InputValidator input;
  @Inject Clock clock;
  @Inject Attachments attachments;
  @Inject RegisterSelection registers;
  @EJB RegisterNumbering numbering;
  @EJB RegisterAdministration types;
  @EJB OrganisationService organisation;
  @EJB AuditLog audit;
  @Inject Readers readers;
  @Inject Event<DocumentIssued> issued;
  @Inject Event<DocumentChanged> changed;

  @RolesAllowed({Role.CLERK_NAME, Role.OFFICER_NAME, Role.LEADER_NAME})
  public DocumentView draft(NewOutgoingDocument command) {
    input.check(command);
    Agency agency = organisation.agency();
    String author = context.getCallerPrincipal().getName();
    Instant now = clock.instant();
    Document document =
        new Document(
            agency,
            Direction.OUTGOING,
            DocumentStatus.DRAFT,
            types.documentType(command.typeId(), "typeId"),
            command.subject().strip(),
            author,
            now);
    document.setIssuer(agency.getName(), agency.getOrganisationCode());
    if (command.draftingUnitId() != null) {
      document.setDraftingUnit(organisation.find(command.draftingUnitId(), "draftingUnitId"));
    }
    document.setSigner(blankToNull(command.signerName()), blankToNull(command.signerPosition()));
    document.setRecipients(blankToNull(command.recipients()));
    document.setUrgency(command.urgency() == null ? Urgency.NORMAL : command.urgency());
    document.setConfidentiality(
        command.confidentiality() == null ? Confidentiality.NORMAL : command.confidentiality());
    document.setPageCount(command.pageCount());
    document.setCopies(command.copies());
    document.setNotes(blankToNull(command.notes()));
    attachments.attach(document, command.uploadIds(), author, now);
    em.persist(document);
    em.flush();
    audit.record(AuditAction.DOCUMENT_DRAFTED, "Document", document.getId(), document.getSubject());
    changed.fire(new DocumentChanged(document.getId()));
    return DocumentView.of(document, true);
  }

  /** Drafts waiting for their number, newest first, as far as the caller may see them. */
  @RolesAllowed({Role.CLERK_NAME, Role.OFFICER_NAME, Role.LEADER_NAME})
  public List<DocumentView> drafts() {
    Reader reader = readers.of(context.getCallerPrincipal().getName());
    return em
        .createNamedQuery(Document.DRAFTS, Document.class)
        .setMaxResults(200)
        .getResultList()
        .stream()
        .filter(d -> d.readableBy(reader))
        .map(d -> DocumentView.of(d, true))
        .toList();
  }

  /**
   * Numbers and dates the draft; a draft the leader signed digitally is sealed with the
   * organisation's signature in the same transaction (see the signatures component). When anything
   * fails (the draft changed meanwhile, the số ký hiệu exists already, the seal is refused) the
   * transaction rolls back and the number goes to the next document.
   */
  public DocumentView issue(long documentId, IssueCommand command) {
    Document document = em.find(Document.class, documentId, LockModeType.PESSIMISTIC_WRITE);
    if (document == null || document.getDirection() != Direction.OUTGOING) {
      throw new NotFoundException("Outgoing document", documentId);
    }
    String clerk = context.getCallerPrincipal().getName();
    if (document.getStatus() == DocumentStatus.ISSUED) {
      throw new StateConflictException(
          "IssuedAlready", document.getStatus(), "the document is issued already");
    }
    if (document.getStatus() != DocumentStatus.APPROVED
        && document.getStatus() != DocumentStatus.SIGNED) {
      throw new StateConflictException(
          "NotApproved",
          document.getStatus(),
          "only a draft approved by the signing leader can be issued");
    }
    // A digitally signed document is checked against the signed version when it is sealed.
    String approved =
        document.getStatus() == DocumentStatus.SIGNED ? null : document.getApprovedSha256();
    String current =
        document.getFiles().isEmpty()
            ? null
            : document.getFiles().get(0).current().getContent().getSha256();
    if (approved != null && !approved.equals(current)) {
      throw new StateConflictException(
          "ChangedAfterApproval",
          document.getStatus(),
          "the file changed after the leader approved it; it needs approval again");
    }
    // The state is checked first, so that a clerk learns why an unapproved draft is refused; its
    // content stays with those who may read it.
    if (!document.readableBy(readers.of(clerk))) {
      throw new NotFoundException("Outgoing document", documentId);
    }
    DocumentStatus from = document.getStatus();
    IssueCommand how = command == null ? new IssueCommand(null, false) : command;
    DocumentType type = document.getType();
    DocumentRegister register =
        registers.outgoing(
            document.getAgency(),
            how.registerId(),
            type,
            document.getConfidentiality().restricted());
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    audit.record(AuditAction.DOCUMENT_ISSUED, "Document", documentId, register.getName());
    em.flush();
    int number = numbering.next(register.getId(), today.getYear());
    Notation notation =
        Notation.compose(
            number,
            type.getAbbreviation(),
            document.getAgency().getAbbreviation(),
            unitInSymbol(document, type, how.withDraftingUnit()));
    document.enter(register, today.getYear(), number);
    document.setDocumentDate(today);
    document.markIssued(notation.text(), notation.key(), clerk, now);
    issued.fire(new DocumentIssued(document, from, clerk));
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw new InvalidInputException(
          Violation.of(
              "notation", "Unique", "the số ký hiệu " + notation + " is used already this year"));
    }
    return DocumentView.of(document, true);
  }

  /** A công văn always names its drafting unit when it has one; other types when asked. */
  private static String unitInSymbol(Document document, DocumentType type, boolean asked) {
    Unit unit = document.getDraftingUnit();
    if (unit == null) {
      return null;
    }
    return type.getAbbreviation() == null || asked ? unit.getAbbreviation() : null;
  }
}
