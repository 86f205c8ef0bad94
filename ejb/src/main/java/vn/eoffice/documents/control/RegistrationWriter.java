package vn.eoffice.documents.control;

import static vn.eoffice.platform.control.Texts.blankToNull;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.documents.boundary.DocumentChanged;
import vn.eoffice.documents.boundary.DocumentView;
import vn.eoffice.documents.boundary.NewIncomingDocument;
import vn.eoffice.documents.entity.Confidentiality;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentStatus;
import vn.eoffice.documents.entity.Urgency;
import vn.eoffice.organisation.boundary.OrganisationService;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.registers.boundary.RegisterAdministration;
import vn.eoffice.registers.control.RegisterNumbering;
import vn.eoffice.registers.control.RegisterSelection;
import vn.eoffice.registers.entity.Direction;
import vn.eoffice.registers.entity.DocumentRegister;

/**
 * Writes a batch of registrations in one transaction: their documents, files and audit entries, and
 * one block of consecutive numbers in arrival order. All or nothing: a rollback writes none of them
 * and gives all their numbers back. On PostgreSQL the rows go in one statement ({@link
 * IncomingRows}); elsewhere through the provider, as every other change does.
 */
@Stateless
public class RegistrationWriter {

  @PersistenceContext EntityManager em;
  @Inject Attachments attachments;
  @Inject IncomingRows rows;
  @Inject RegisterSelection registers;
  @EJB RegisterNumbering numbering;
  @EJB RegisterAdministration types;
  @EJB OrganisationService organisation;
  @EJB AuditLog audit;
  @Inject Event<DocumentChanged> changed;

  /** Registers the batch and returns each document's view, in the batch's order. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<DocumentView> write(List<IncomingRegistration> batch) {
    Agency agency = organisation.agency();
    List<Document> documents = new ArrayList<>();
    for (IncomingRegistration registration : batch) {
      Document document = newDocument(agency, registration);
      attachments.attach(
          document,
          registration.command().uploadIds(),
          registration.clerk(),
          registration.registeredAt());
      documents.add(document);
    }
    DocumentRegister register = registers.incoming(agency);
    int year = batch.get(0).year();
    // The claimed uploads first: the numbers come last, because the counter row stays locked
    // until this transaction commits.
    em.flush();
    if (rows.available()) {
      int number =
          numbering.withCounter(
              register.getId(),
              year,
              () -> rows.write(agency.getId(), register.getId(), year, batch, documents));
      for (int i = 0; i < documents.size(); i++) {
        documents.get(i).enter(register, year, number + i);
      }
    } else {
      writeThroughProvider(register, year, batch, documents);
    }
    return documents.stream().map(d -> DocumentView.of(d, true)).toList();
  }

  /** The batch through the provider, as every other change is written. */
  private void writeThroughProvider(
      DocumentRegister register,
      int year,
      List<IncomingRegistration> batch,
      List<Document> documents) {
    int number = numbering.nextBlock(register.getId(), year, batch.size());
    for (int i = 0; i < batch.size(); i++) {
      Document document = documents.get(i);
      IncomingRegistration registration = batch.get(i);
      // numbered before it is persisted: the insert carries the number
      document.enter(register, year, number + i);
      em.persist(document);
      changed.fire(new DocumentChanged(document.getId()));
      audit.recordAs(
          registration.clerk(),
          registration.origin(),
          AuditAction.DOCUMENT_REGISTERED,
          "Document",
          document.getId(),
          IncomingRows.auditDetail(document));
    }
  }

  private Document newDocument(Agency agency, IncomingRegistration registration) {
    NewIncomingDocument command = registration.command();
    Document document =
        new Document(
            agency,
            Direction.INCOMING,
            DocumentStatus.REGISTERED,
            types.documentType(command.typeId(), "typeId"),
            command.subject().strip(),
            registration.clerk(),
            registration.registeredAt());
    document.setNotation(command.notation().strip());
    document.setDocumentDate(command.documentDate());
    document.setIssuer(command.issuerName().strip(), blankToNull(command.issuerCode()));
    document.setSigner(blankToNull(command.signerName()), blankToNull(command.signerPosition()));
    document.setReceivedAt(
        command.receivedAt() == null
            ? registration.registeredAt()
            : command.receivedAt().toInstant());
    document.setUrgency(command.urgency() == null ? Urgency.NORMAL : command.urgency());
    document.setConfidentiality(
        command.confidentiality() == null ? Confidentiality.NORMAL : command.confidentiality());
    document.setPageCount(command.pageCount());
    document.setCopies(command.copies());
    document.setDeadline(command.deadline());
    document.setNotes(blankToNull(command.notes()));
    document.markRegistered(registration.clerk(), registration.registeredAt());
    document.keyForDuplicates();
    return document;
  }
}
