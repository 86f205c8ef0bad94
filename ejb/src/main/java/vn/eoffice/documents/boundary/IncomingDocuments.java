package vn.eoffice.documents.boundary;

import static vn.eoffice.platform.control.Texts.blankToNull;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.eoffice.documents.control.Attachments;
import vn.eoffice.documents.control.DuplicateRegistrations;
import vn.eoffice.documents.control.IncomingRegistration;
import vn.eoffice.documents.control.RegisteredAlready;
import vn.eoffice.documents.control.RegistrationQueue;
import vn.eoffice.documents.entity.Confidentiality;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentStatus;
import vn.eoffice.documents.entity.StoredFile;
import vn.eoffice.documents.entity.Urgency;
import vn.eoffice.organisation.boundary.OrganisationService;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.InputValidator;
import vn.eoffice.platform.boundary.RequestOrigin;
import vn.eoffice.registers.boundary.RegisterAdministration;
import vn.eoffice.registers.entity.Direction;
import vn.eoffice.registers.entity.DocumentType;

/**
 * Vào sổ văn bản đến: the clerk registers a received document and the register gives it the next số
 * đến of the year (Decree 30/2020, art. 22).
 */
@Stateless
@RolesAllowed(Role.CLERK_NAME)
public class IncomingDocuments {

  @Resource SessionContext context;
  @Inject InputValidator input;
  @Inject Clock clock;
  @Inject Attachments attachments;
  @Inject DuplicateRegistrations duplicates;
  @Inject RequestOrigin origin;
  @EJB RegistrationQueue queue;
  @EJB RegisterAdministration types;
  @EJB OrganisationService organisation;

  /**
   * Registers the document with its uploaded files, all or nothing.
   *
   * @throws PossibleDuplicateException when this year's register holds the same issuer, số ký hiệu
   *     and date, unless the command confirms it; checked when the registration is written, so a
   *     registration another clerk makes at the same moment counts too
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public DocumentView register(NewIncomingDocument command) {
    queue.arriving();
    IncomingRegistration registration;
    try {
      registration = checked(command);
    } catch (RuntimeException | Error refused) {
      queue.withdrawn();
      throw refused;
    }
    try {
      return queue.register(registration);
    } catch (RegisteredAlready refused) {
      Document document = registration.document();
      throw new PossibleDuplicateException(
          candidates(
              document.getAgency().getId(),
              registration.year(),
              document.getDuplicateKey(),
              document.getDuplicateCodeKey()));
    }
  }

  private List<DuplicateCandidate> candidates(long agencyId, int year, String key, String codeKey) {
    return duplicates.of(agencyId, year, key, codeKey).stream()
        .map(DuplicateCandidate::of)
        .toList();
  }

  /** The registration to queue, once the command has passed every check. */
  private IncomingRegistration checked(NewIncomingDocument command) {
    input.check(command);
    Agency agency = organisation.agency();
    Instant now = clock.instant();
    int year = LocalDate.now(clock).getYear();
    String clerk = context.getCallerPrincipal().getName();
    DocumentType type = types.documentType(command.typeId(), "typeId");
    List<StoredFile> files = attachments.waiting(command.uploadIds(), clerk);
    return new IncomingRegistration(
        command,
        document(agency, type, command, files, clerk, now),
        clerk,
        RequestOrigin.addressOf(origin),
        now,
        year);
  }

  /** The document the command describes, to be numbered and saved with the clerk's uploads. */
  private static Document document(
      Agency agency,
      DocumentType type,
      NewIncomingDocument command,
      List<StoredFile> files,
      String clerk,
      Instant now) {
    Document document =
        new Document(
            agency,
            Direction.INCOMING,
            DocumentStatus.REGISTERED,
            type,
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
    for (StoredFile file : files) {
      document.addFile().addVersion(file, clerk, now);
    }
    return document;
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
    return candidates(
        agency.getId(),
        year,
        Document.sameKey(issuerName, notation, documentDate),
        issuerCode == null || issuerCode.isBlank()
            ? null
            : Document.sameKey(issuerCode, notation, documentDate));
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
}
