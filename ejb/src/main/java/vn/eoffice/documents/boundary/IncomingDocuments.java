package vn.eoffice.documents.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.InputValidator;
import vn.eoffice.registers.boundary.RegisterAdministration;
import vn.eoffice.registers.control.RegisterNumbering;
import vn.eoffice.registers.control.RegisterSelection;
import vn.eoffice.registers.entity.Direction;
import vn.eoffice.registers.entity.DocumentRegister;

/**
 * Vào sổ văn bản đến: the clerk registers a received document and the register gives it the next số
 * đến of the year (Decree 30/2020, art. 22).
 */
@Stateless
@RolesAllowed(Role.CLERK_NAME)
public class IncomingDocuments {

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

  /**
   * Registers the document with its uploaded files, all or nothing.
   *
   * @throws PossibleDuplicateException when this year's register holds the same issuer, số ký hiệu
   *     and date, unless the command confirms it
   */
  public DocumentView register(NewIncomingDocument command) {
    input.check(command);
    Agency agency = organisation.agency();
    Instant now = clock.instant();
    int year = LocalDate.now(clock).getYear();
    if (!command.confirmDuplicate()) {
      List<DuplicateCandidate> same =
          sameDocument(
              agency,
              year,
              command.issuerName(),
              command.issuerCode(),
              command.notation(),
              command.documentDate());
      if (!same.isEmpty()) {
        throw new PossibleDuplicateException(same);
      }
    }
    String clerk = context.getCallerPrincipal().getName();
    Document document = newDocument(agency, command, clerk, now);
    attachments.attach(document, command.uploadIds(), clerk, now);
    DocumentRegister register = registers.incoming(agency);
    em.flush();
    // The number comes last: its counter row stays locked until this transaction commits, so
    // only the document's own rows are written after it.
    document.enter(register, year, numbering.next(register.getId(), year));
    em.persist(document);
    audit.record(
        AuditAction.DOCUMENT_REGISTERED,
        "Document",
        document.getId(),
        command.notation().strip() + " — " + command.issuerName().strip());
    return DocumentView.of(document, true);
  }

  /** This year's registrations with the same issuer, số ký hiệu and date, for a warning. */
  public List<DuplicateCandidate> sameDocument(
      Agency agency,
      int year,
      String issuerName,
      String issuerCode,
      String notation,
      LocalDate documentDate) {
    if (issuerName == null || notation == null || documentDate == null) {
      return List.of();
    }
    return em.createNamedQuery(Document.SAME_INCOMING, Document.class)
        .setParameter("key", Document.sameKey(issuerName, notation, documentDate))
        .setParameter(
            "codeKey",
            issuerCode == null || issuerCode.isBlank()
                ? "-"
                : Document.sameKey(issuerCode, notation, documentDate))
        .setParameter("agency", agency)
        .setParameter("year", year)
        .getResultStream()
        .map(DuplicateCandidate::of)
        .toList();
  }

  /** The warning the form shows before saving. */
  public List<DuplicateCandidate> sameDocument(
      String issuerName, String issuerCode, String notation, LocalDate documentDate) {
    return sameDocument(
        organisation.agency(),
        LocalDate.now(clock).getYear(),
        issuerName,
        issuerCode,
        notation,
        documentDate);
  }

  private Document newDocument(
      Agency agency, NewIncomingDocument command, String clerk, Instant now) {
    Document document =
        new Document(
            agency,
            Direction.INCOMING,
            DocumentStatus.REGISTERED,
            types.documentType(command.typeId(), "typeId"),
            command.subject().strip(),
            clerk,
            now);
    document.setNotation(command.notation().strip());
    document.setDocumentDate(command.documentDate());
    document.setIssuer(command.issuerName().strip(), blankToNull(command.issuerCode()));
    document.setSigner(blankToNull(command.signerName()), blankToNull(command.signerPosition()));
    document.setReceivedAt(command.receivedAt() == null ? now : command.receivedAt().toInstant());
    document.setUrgency(command.urgency() == null ? Urgency.NORMAL : command.urgency());
    document.setConfidentiality(
        command.confidentiality() == null ? Confidentiality.NORMAL : command.confidentiality());
    document.setPageCount(command.pageCount());
    document.setCopies(command.copies());
    document.setDeadline(command.deadline());
    document.setNotes(blankToNull(command.notes()));
    document.markRegistered(clerk, now);
    document.keyForDuplicates();
    return document;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
