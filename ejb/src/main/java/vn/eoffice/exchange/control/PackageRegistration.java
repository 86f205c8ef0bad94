package vn.eoffice.exchange.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.documents.boundary.DocumentChanged;
import vn.eoffice.documents.boundary.DuplicateCandidate;
import vn.eoffice.documents.boundary.PossibleDuplicateException;
import vn.eoffice.documents.control.DuplicateRegistrations;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentStatus;
import vn.eoffice.documents.entity.StoredFile;
import vn.eoffice.exchange.boundary.Acceptance;
import vn.eoffice.exchange.entity.ReceivedFile;
import vn.eoffice.exchange.entity.ReceivedPackage;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.registers.boundary.RegisterAdministration;
import vn.eoffice.registers.control.RegisterNumbering;
import vn.eoffice.registers.control.RegisterSelection;
import vn.eoffice.registers.entity.Direction;
import vn.eoffice.registers.entity.DocumentRegister;
import vn.eoffice.registers.entity.DocumentType;

/**
 * A package's document registered in the agency's incoming register with the package's metadata and
 * files, nothing typed: the next số đến of the year, in the caller's transaction. The duplicate
 * warning applies as to a registration typed by hand.
 */
@Dependent
public class PackageRegistration {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject DuplicateRegistrations duplicates;
  @Inject RegisterSelection registers;
  @EJB RegisterNumbering numbering;
  @EJB RegisterAdministration types;
  @EJB AuditLog audit;
  @Inject Event<DocumentChanged> changed;

  public Document register(ReceivedPackage pack, Acceptance how, String clerk, Instant now) {
    Agency agency = em.find(Agency.class, pack.getAgencyId());
    Document document =
        new Document(
            agency,
            Direction.INCOMING,
            DocumentStatus.REGISTERED,
            type(pack, how),
            pack.getSubject(),
            clerk,
            now);
    document.setNotation(pack.getNotation() == null ? pack.getEdxmlDocument() : pack.getNotation());
    document.setDocumentDate(
        pack.getDocumentDate() == null ? LocalDate.now(clock) : pack.getDocumentDate());
    document.setIssuer(pack.getFromName(), pack.getFromOrgan());
    document.setSigner(pack.getSignerName(), pack.getSignerPosition());
    document.setReceivedAt(pack.getReceivedAt());
    document.setUrgency(PackageWriter.urgency(pack.getPriority()));
    document.setPageCount(
        pack.getPageAmount() == null || pack.getPageAmount() < 1 ? null : pack.getPageAmount());
    document.setDeadline(pack.getDueDate());
    document.setNotes(
        "Văn bản điện tử liên thông, "
            + pack.getEdxmlDocument()
            + (pack.isPaper() ? "; có gửi kèm bản giấy" : ""));
    document.markRegistered(clerk, now);
    document.keyForDuplicates();
    int year = LocalDate.now(clock).getYear();
    if (!how.confirmDuplicate()) {
      List<Document> same =
          duplicates.of(
              agency.getId(), year, document.getDuplicateKey(), document.getDuplicateCodeKey());
      if (!same.isEmpty()) {
        throw new PossibleDuplicateException(same.stream().map(DuplicateCandidate::of).toList());
      }
    }
    for (ReceivedFile file : pack.getFiles()) {
      document.addFile().addVersion(stored(file), clerk, now);
    }
    DocumentRegister register = registers.incoming(agency);
    em.flush();
    document.enter(register, year, numbering.next(register.getId(), year));
    em.persist(document);
    em.flush();
    changed.fire(new DocumentChanged(document.getId()));
    audit.record(
        AuditAction.DOCUMENT_REGISTERED,
        "Document",
        document.getId(),
        "from the package " + pack.getEdxmlDocument() + " of " + pack.getFromOrgan());
    return document;
  }

  static StoredFile stored(ReceivedFile file) {
    return new StoredFile(
        file.getSha256(), file.getFileName(), file.getMediaType(), file.getSize());
  }

  /** The type chosen, else the agency's type of the package's type name. */
  private DocumentType type(ReceivedPackage pack, Acceptance how) {
    if (how.typeId() != null) {
      return types.documentType(how.typeId(), "typeId");
    }
    String name = pack.getTypeName() == null ? null : pack.getTypeName().strip();
    return em.createNamedQuery(DocumentType.ALL, DocumentType.class).getResultList().stream()
        .filter(t -> t.isActive() && t.getName().equalsIgnoreCase(name))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    Violation.of(
                        "typeId",
                        "NotNull",
                        "the package's type \""
                            + pack.getTypeName()
                            + "\" is none of the agency's document types; choose one")));
  }
}
