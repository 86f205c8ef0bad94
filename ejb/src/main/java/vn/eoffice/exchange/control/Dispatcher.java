package vn.eoffice.exchange.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.eoffice.documents.boundary.DocumentIssued;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.edxml.Business;
import vn.eoffice.edxml.EdXmlWriter;
import vn.eoffice.exchange.entity.ExchangeRecipient;
import vn.eoffice.exchange.entity.OutboxMessage;
import vn.eoffice.exchange.entity.RecipientState;

/**
 * Sends an issued document to its electronic recipients, one package each: to an agency of this
 * installation at once, in the transaction of the issue (it is in that agency's queue when the
 * issue commits, or neither is); to an agency elsewhere through the outbox.
 */
@ApplicationScoped
public class Dispatcher {

  @PersistenceContext EntityManager em;
  @Inject Directory directory;
  @Inject PackageWriter writer;
  @Inject Receiver receiver;
  @Inject Clock clock;

  /** After the seal: the package carries the sealed file. */
  void issued(@Observes @Priority(Interceptor.Priority.APPLICATION + 500) DocumentIssued issued) {
    send(issued.document(), issued.clerk());
  }

  /**
   * Sends a recall (1), an update (2) or a replacement (3) of the document to a recipient that has
   * it, under the same DocumentId: at once to an agency here, through the outbox elsewhere.
   *
   * @return the receiver's refusal when an agency here refused it, else null
   */
  public Receipt amend(
      ExchangeRecipient recipient,
      Business.Type business,
      String reason,
      String concerns,
      String clerk) {
    Document document = recipient.getDocument();
    Instant now = clock.instant();
    Optional<Directory.Destination> destination = directory.find(recipient.getOrganCode());
    if (destination.isPresent() && destination.get().local()) {
      Receipt receipt = deliverHere(document, recipient, clerk, now, business, reason, concerns);
      return receipt.taken() ? null : receipt;
    }
    em.persist(OutboxMessage.pack(recipient, business.code, reason, concerns, now));
    return null;
  }

  /** Sends the document to every recipient chosen and not sent yet. */
  public void send(Document document, String clerk) {
    List<ExchangeRecipient> chosen =
        em
            .createNamedQuery(ExchangeRecipient.OF_DOCUMENT, ExchangeRecipient.class)
            .setParameter("documentId", document.getId())
            .getResultList()
            .stream()
            .filter(r -> r.getState() == RecipientState.CHOSEN)
            .toList();
    if (chosen.isEmpty()) {
      return;
    }
    String documentId = PackageWriter.documentId(document);
    Instant now = clock.instant();
    for (ExchangeRecipient recipient : chosen) {
      recipient.sent(documentId, now);
      Optional<Directory.Destination> destination = directory.find(recipient.getOrganCode());
      if (destination.isEmpty()) {
        recipient.failed("not in the directory, or deactivated");
      } else if (destination.get().local()) {
        Receipt receipt =
            deliverHere(document, recipient, clerk, now, Business.Type.NEW, null, null);
        if (receipt.taken()) {
          recipient.delivered();
        } else {
          recipient.failed(receipt.code() + ": " + receipt.reason());
        }
      } else {
        em.persist(OutboxMessage.pack(recipient, now));
      }
    }
  }

  /** The package handed to an agency of this installation, through the receiver, at once. */
  private Receipt deliverHere(
      Document document,
      ExchangeRecipient recipient,
      String clerk,
      Instant now,
      Business.Type business,
      String reason,
      String concerns) {
    byte[] xml =
        EdXmlWriter.bytes(
            EdXmlWriter.write(
                writer.write(document, recipient, clerk, now, business, reason, concerns)));
    em.flush();
    return receiver.receive(xml, document.getAgencyId());
  }
}
