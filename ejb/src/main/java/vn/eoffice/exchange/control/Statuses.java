package vn.eoffice.exchange.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.eoffice.edxml.EdXmlReader;
import vn.eoffice.edxml.StatusMessage;
import vn.eoffice.exchange.entity.ExchangeRecipient;
import vn.eoffice.exchange.entity.OutboxMessage;
import vn.eoffice.exchange.entity.ReceivedPackage;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.people.entity.UserAccount;
import vn.eoffice.platform.control.Clocks;
import vn.eoffice.platform.entity.AgencyScope;

/**
 * The statuses a recipient reports back to the sender of a document (01 arrived … 06 done): to an
 * agency of this installation at once, in the same transaction; to one elsewhere through the
 * outbox. And the statuses that come back for the documents agencies here sent.
 */
@Dependent
public class Statuses {

  @PersistenceContext EntityManager em;
  @Inject Directory directory;
  @Inject Clock clock;
  @Inject Senders senders;

  /**
   * Reports a status of the package received (called in the recipient agency's scope).
   *
   * @param by the username of who did it, or null for the system
   */
  public void report(
      ReceivedPackage pack, StatusMessage.Code code, String description, String by, Instant at) {
    // Who, and in which unit: the person's name and first unit, as the standard's StaffInfo.
    UserAccount who =
        by == null
            ? null
            : em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", by)
                .getResultStream()
                .findFirst()
                .orElse(null);
    String staff = who == null ? by : who.getFullName();
    String unit =
        who == null || who.getUnits().isEmpty() ? null : who.getUnits().iterator().next().getName();
    String text =
        description != null && description.length() > 2000
            ? description.substring(0, 2000)
            : description;
    Optional<Agency> sender = directory.agency(pack.getFromOrgan());
    if (sender.isEmpty()) {
      em.persist(OutboxMessage.status(pack, code.value, text, staff, unit, at, clock.instant()));
      return;
    }
    Agency recipient = em.find(Agency.class, pack.getAgencyId());
    em.flush();
    AgencyScope.run(
        sender.get().getId(),
        () -> {
          apply(
              pack.getEdxmlDocument(),
              recipient.getOrganisationCode(),
              code.value,
              text,
              staff,
              unit,
              at);
          em.flush();
        });
  }

  /** Applies a status to the sender's recipient row (in the sender's scope); false if unknown. */
  boolean apply(
      String documentId,
      String recipientCode,
      String code,
      String description,
      String staff,
      String unit,
      Instant at) {
    List<ExchangeRecipient> found =
        em.createNamedQuery(ExchangeRecipient.BY_EDXML, ExchangeRecipient.class)
            .setParameter("documentId", documentId)
            .setParameter("organCode", recipientCode)
            .getResultList();
    if (found.isEmpty()) {
      return false;
    }
    found.get(0).report(code, description, staff, unit, at, clock.instant());
    return true;
  }

  /** A status message that came for a document an agency here sent. */
  Receipt receive(EdXmlReader.Read read, Long localSender, Receiver.Kept kept) {
    StatusMessage status = read.status();
    Instant now = clock.instant();
    String from = status.from().organId();
    String to = status.responseFor().organId();
    if (localSender == null) {
      Receipt refused = senders.untrusted(read, from, to, kept, now);
      if (refused != null) {
        return refused;
      }
    }
    Optional<Agency> sender = to == null ? Optional.empty() : directory.agency(to);
    if (sender.isEmpty()) {
      return refuse(
          now,
          from,
          to,
          422,
          "NotAddressedHere",
          "the status answers no agency of this installation",
          kept.sha256());
    }
    Instant at = status.timestamp().atZone(Clocks.VIETNAM).toInstant();
    String staff = status.staff() == null ? null : status.staff().staff();
    String unit = status.staff() == null ? null : status.staff().department();
    boolean applied =
        AgencyScope.supply(
            sender.get().getId(),
            () -> {
              boolean done =
                  apply(
                      status.responseFor().documentId(),
                      from,
                      status.code().value,
                      status.description(),
                      staff,
                      unit,
                      at);
              em.flush();
              return done;
            });
    if (!applied) {
      return refuse(
          now,
          from,
          to,
          422,
          "UnknownDocument",
          "no document " + status.responseFor().documentId() + " was sent to " + from,
          kept.sha256());
    }
    return Receipt.received("status " + status.code().value + " recorded");
  }

  /** The status message to send for an outbox entry, as of when it happened. */
  static StatusMessage message(OutboxMessage message, Agency recipient) {
    ReceivedPackage pack = message.getAnswers();
    return new StatusMessage(
        new vn.eoffice.edxml.Organ(
            recipient.getOrganisationCode(),
            recipient.getParent() == null ? recipient.getName() : recipient.getParent().getName(),
            recipient.getName(),
            recipient.getAddress(),
            recipient.getEmail(),
            recipient.getTelephone(),
            null,
            null),
        new vn.eoffice.edxml.ResponseFor(
            pack.getFromOrgan(),
            pack.getNotation(),
            pack.getDocumentDate(),
            pack.getEdxmlDocument()),
        message.getStatusStaff() == null && message.getStatusUnit() == null
            ? null
            : vn.eoffice.edxml.StaffInfo.of(message.getStatusUnit(), message.getStatusStaff()),
        StatusMessage.Code.of(message.getStatusCode()),
        message.getStatusText(),
        LocalDateTime.ofInstant(message.getStatusAt(), Clocks.VIETNAM));
  }

  private Receipt refuse(
      Instant now, String from, String to, int status, String code, String reason, String payload) {
    return senders.refuse(now, from, to, status, code, reason, payload);
  }
}
