package vn.eoffice.documents.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.documents.boundary.DocumentChanged;
import vn.eoffice.documents.boundary.DocumentView;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.registers.control.RegisterNumbering;
import vn.eoffice.registers.control.RegisterSelection;
import vn.eoffice.registers.entity.DocumentRegister;

/**
 * Writes a batch of registrations in one transaction through the provider, as every other change is
 * written: their documents, files and audit entries, and one block of consecutive numbers in
 * arrival order. All or nothing: a rollback writes none of them and gives all their numbers back.
 * PostgreSQL takes the same batch in one statement instead: see {@link IncomingRows}.
 */
@Stateless
public class RegistrationWriter {

  @PersistenceContext EntityManager em;
  @Inject Attachments attachments;
  @Inject DuplicateRegistrations duplicates;
  @Inject RegisterSelection registers;
  @EJB RegisterNumbering numbering;
  @EJB AuditLog audit;
  @Inject Event<DocumentChanged> changed;

  /**
   * Registers the batch's documents and returns their views in the batch's order; null in the place
   * of a registration refused as a possible duplicate (see {@link RegisteredAlready}), of which
   * nothing is written.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<DocumentView> write(List<IncomingRegistration> batch) {
    DocumentView[] views = new DocumentView[batch.size()];
    List<IncomingRegistration> accepted = new ArrayList<>();
    List<Integer> places = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      IncomingRegistration registration = batch.get(i);
      if (registration.confirmed() || !registeredAlready(registration, accepted)) {
        accepted.add(registration);
        places.add(i);
      }
    }
    if (accepted.isEmpty()) {
      return Arrays.asList(views);
    }
    for (IncomingRegistration registration : accepted) {
      attachments.claim(registration.command().uploadIds(), registration.clerk());
    }
    Agency agency = accepted.get(0).document().getAgency();
    DocumentRegister register = registers.incoming(agency);
    int year = accepted.get(0).year();
    // The claimed uploads first: the numbers come last, because the counter row stays locked
    // until this transaction commits.
    em.flush();
    int number = numbering.nextBlock(register.getId(), year, accepted.size());
    for (IncomingRegistration registration : accepted) {
      Document document = registration.document();
      // numbered before it is persisted: the insert carries the number
      document.enter(register, year, number++);
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
    for (int i = 0; i < accepted.size(); i++) {
      views[places.get(i)] = DocumentView.of(accepted.get(i).document(), true);
    }
    return Arrays.asList(views);
  }

  /** Whether the register, or a registration before it in the batch, has the same document. */
  private boolean registeredAlready(
      IncomingRegistration registration, List<IncomingRegistration> before) {
    Document document = registration.document();
    return before.stream().anyMatch(b -> DuplicateRegistrations.same(b.document(), document))
        || !duplicates
            .of(
                document.getAgency().getId(),
                registration.year(),
                document.getDuplicateKey(),
                document.getDuplicateCodeKey())
            .isEmpty();
  }
}
