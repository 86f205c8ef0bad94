package vn.eoffice.exchange.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentStatus;
import vn.eoffice.exchange.control.Directory;
import vn.eoffice.exchange.control.Dispatcher;
import vn.eoffice.exchange.control.PackageWriter;
import vn.eoffice.exchange.entity.ExchangeRecipient;
import vn.eoffice.exchange.entity.OutboxMessage;
import vn.eoffice.exchange.entity.RecipientState;
import vn.eoffice.organisation.boundary.OrganisationService;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.people.control.Readers;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.InputValidator;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.platform.boundary.StateConflictException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.platform.control.Clocks;
import vn.eoffice.registers.entity.Direction;
import vn.eoffice.signatures.control.OrganisationHsm;
import vn.eoffice.signatures.control.SealKey;

/**
 * The sender's side of the exchange: the directory to choose recipients from, the recipients of an
 * outgoing document (chosen on the draft, or added after the issue and sent at once), every status
 * they reported, the documents not accepted after a working day, and the operator's retry or cancel
 * of a delivery.
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.OFFICER_NAME, Role.LEADER_NAME})
public class ExchangeSending {

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject InputValidator input;
  @Inject Directory directory;
  @Inject Dispatcher dispatcher;
  @Inject PackageWriter packages;
  @Inject Readers readers;
  @Inject Clock clock;
  @Inject OrganisationHsm hsm;
  @EJB OrganisationService organisation;
  @EJB AuditLog audit;

  /** An agency that can be chosen as a recipient. */
  public record DirectoryEntry(String organCode, String name, boolean local) {}

  public List<DirectoryEntry> directory(String words) {
    String own = organisation.agency().getOrganisationCode();
    return directory.search(words, own, 50).stream()
        .map(d -> new DirectoryEntry(d.organCode(), d.name(), d.local()))
        .toList();
  }

  public List<RecipientView> recipients(long documentId) {
    Document document = readable(documentId);
    return em
        .createNamedQuery(ExchangeRecipient.OF_DOCUMENT, ExchangeRecipient.class)
        .setParameter("documentId", document.getId())
        .getResultList()
        .stream()
        .map(r -> RecipientView.of(r, delivery(r)))
        .toList();
  }

  /**
   * Sets the recipients of a draft (sent when it is issued), or adds recipients to an issued
   * document and sends it to them now.
   */
  public List<RecipientView> choose(long documentId, RecipientChoice choice) {
    input.check(choice);
    Document document = readable(documentId);
    em.lock(document, LockModeType.PESSIMISTIC_WRITE);
    boolean issued = document.getStatus() == DocumentStatus.ISSUED;
    if (issued && !context.isCallerInRole(Role.CLERK_NAME)) {
      throw new StateConflictException(
          "IssuedAlready", document.getStatus(), "only the clerk sends an issued document further");
    }
    Set<String> codes = new LinkedHashSet<>(choice.organCodes());
    List<ExchangeRecipient> existing =
        em.createNamedQuery(ExchangeRecipient.OF_DOCUMENT, ExchangeRecipient.class)
            .setParameter("documentId", documentId)
            .getResultList();
    String own = document.getAgency().getOrganisationCode();
    List<Violation> problems = new ArrayList<>();
    List<Directory.Destination> destinations = new ArrayList<>();
    for (String code : codes) {
      var destination = directory.find(code);
      if (code.equals(own) || destination.isEmpty()) {
        problems.add(
            Violation.of(
                "organCodes",
                "NotInDirectory",
                code + " is no agency of the directory that this agency can send to"));
      } else {
        destinations.add(destination.get());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (!issued) {
      // A draft's choice replaces the one before.
      for (ExchangeRecipient r : existing) {
        if (!codes.contains(r.getOrganCode())) {
          em.remove(r);
        }
      }
    }
    for (Directory.Destination d : destinations) {
      if (existing.stream().noneMatch(r -> r.getOrganCode().equals(d.organCode()))) {
        em.persist(new ExchangeRecipient(document, d.organCode(), d.name(), choice.paper()));
      }
    }
    em.flush();
    audit.record(
        AuditAction.EXCHANGE_SENDING,
        "Document",
        documentId,
        "recipients " + String.join(", ", codes));
    if (issued) {
      dispatcher.send(document, context.getCallerPrincipal().getName());
    }
    return recipients(documentId);
  }

  /**
   * Asks a recipient to give the document back (thu hồi, 1), or sends it an update (2) or a
   * replacement (3) with the document's files as they are now; the recipient's clerk agrees (15) or
   * refuses (16). The outgoing copy stays as issued; the request is logged.
   */
  @RolesAllowed(Role.CLERK_NAME)
  public RecipientView amend(long recipientId, Amendment amendment) {
    input.check(amendment);
    ExchangeRecipient recipient = recipient(recipientId);
    if (recipient.getState() != RecipientState.DELIVERED) {
      throw new StateConflictException(
          "NotDelivered",
          recipient.getState(),
          "only a document the recipient has can be recalled, updated or replaced");
    }
    String clerk = context.getCallerPrincipal().getName();
    vn.eoffice.exchange.control.Receipt refused;
    if (amendment.kind() == Amendment.Kind.RECALL) {
      refused =
          dispatcher.amend(
              recipient,
              vn.eoffice.edxml.Business.Type.RECALL,
              amendment.reason().strip(),
              null,
              clerk);
    } else {
      ExchangeRecipient carrier = carrier(recipient, amendment);
      refused =
          dispatcher.amend(
              carrier,
              amendment.kind() == Amendment.Kind.UPDATE
                  ? vn.eoffice.edxml.Business.Type.UPDATE
                  : vn.eoffice.edxml.Business.Type.REPLACE,
              amendment.reason().strip(),
              recipient.getEdxmlDocument(),
              clerk);
    }
    if (refused != null) {
      throw new StateConflictException(refused.code(), recipient.getState(), refused.reason());
    }
    audit.record(
        AuditAction.EXCHANGE_SENDING,
        "Document",
        recipient.getDocument().getId(),
        amendment.kind() + " to " + recipient.getOrganCode() + ": " + amendment.reason());
    return RecipientView.of(recipient, delivery(recipient));
  }

  /**
   * The recipient row of the updating or replacing document for the same agency, sent now: its
   * statuses are the answers to the update.
   */
  private ExchangeRecipient carrier(ExchangeRecipient recipient, Amendment amendment) {
    if (amendment.replacementId() == null) {
      throw new InvalidInputException(
          Violation.of(
              "replacementId",
              "NotNull",
              "an update or a replacement names the issued document that updates or replaces"));
    }
    Document replacement = readable(amendment.replacementId());
    if (replacement.getStatus() != DocumentStatus.ISSUED
        || replacement.getId().equals(recipient.getDocument().getId())) {
      throw new InvalidInputException(
          Violation.of(
              "replacementId",
              "Issued",
              "the updating or replacing document must be another document this agency issued"));
    }
    ExchangeRecipient carrier =
        em.createNamedQuery(ExchangeRecipient.OF_DOCUMENT, ExchangeRecipient.class)
            .setParameter("documentId", replacement.getId())
            .getResultStream()
            .filter(r -> r.getOrganCode().equals(recipient.getOrganCode()))
            .findFirst()
            .orElseGet(
                () -> {
                  ExchangeRecipient made =
                      new ExchangeRecipient(
                          replacement,
                          recipient.getOrganCode(),
                          recipient.getOrganName(),
                          recipient.isPaper());
                  em.persist(made);
                  return made;
                });
    carrier.sent(PackageWriter.documentId(replacement), clock.instant());
    em.flush();
    return carrier;
  }

  /** An operator asks for another attempt now (a failed or waiting delivery). */
  @RolesAllowed(Role.CLERK_NAME)
  public RecipientView retry(long recipientId) {
    ExchangeRecipient recipient = recipient(recipientId);
    OutboxMessage message = delivery(recipient);
    if (message == null
        || message.getState() == OutboxMessage.State.DELIVERED
        || message.getState() == OutboxMessage.State.CANCELLED) {
      throw new StateConflictException(
          "NothingToRetry",
          recipient.getState(),
          "there is no delivery waiting or failed to retry");
    }
    message.retryNow(clock.instant());
    recipient.retrying();
    audit.record(AuditAction.EXCHANGE_SENDING, "ExchangeRecipient", recipientId, "retry");
    return RecipientView.of(recipient, message);
  }

  /** An operator stops a delivery that has not arrived. */
  @RolesAllowed(Role.CLERK_NAME)
  public RecipientView cancel(long recipientId) {
    ExchangeRecipient recipient = recipient(recipientId);
    OutboxMessage message = delivery(recipient);
    if (message == null || message.getState() == OutboxMessage.State.DELIVERED) {
      throw new StateConflictException(
          "Delivered",
          recipient.getState(),
          "the recipient has it already; a recall takes it back");
    }
    message.cancel();
    recipient.cancelled();
    audit.record(AuditAction.EXCHANGE_SENDING, "ExchangeRecipient", recipientId, "cancelled");
    return RecipientView.of(recipient, message);
  }

  /** Sent more than a working day ago and not accepted yet (no 03, nor anything after it). */
  public List<RecipientView> notAccepted() {
    Instant before = oneWorkingDayBefore(clock.instant());
    return em
        .createNamedQuery(ExchangeRecipient.NOT_ACCEPTED, ExchangeRecipient.class)
        .setParameter("before", before)
        .setParameter("cancelled", RecipientState.CANCELLED)
        .setMaxResults(500)
        .getResultList()
        .stream()
        .map(r -> RecipientView.of(r, delivery(r)))
        .toList();
  }

  /** The moment one working day (Monday to Friday) before {@code now}, in Vietnam's time. */
  static Instant oneWorkingDayBefore(Instant now) {
    ZonedDateTime at = now.atZone(Clocks.VIETNAM).minusDays(1);
    while (at.getDayOfWeek() == DayOfWeek.SATURDAY || at.getDayOfWeek() == DayOfWeek.SUNDAY) {
      at = at.minusDays(1);
    }
    return at.toInstant();
  }

  /**
   * The issued document as the signed edXML package for one of its recipients, for manual exchange
   * (a file carried to an agency with no endpoint) and for checks against other systems.
   */
  @RolesAllowed(Role.CLERK_NAME)
  public byte[] export(long documentId, String organCode) {
    Document document = readable(documentId);
    if (document.getStatus() != DocumentStatus.ISSUED) {
      throw new StateConflictException(
          "NotIssued", document.getStatus(), "only an issued document is exported as edXML");
    }
    ExchangeRecipient recipient =
        em.createNamedQuery(ExchangeRecipient.OF_DOCUMENT, ExchangeRecipient.class)
            .setParameter("documentId", documentId)
            .getResultStream()
            .filter(r -> r.getOrganCode().equals(organCode))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Recipient", organCode));
    Agency agency = document.getAgency();
    SealKey key = SealKey.of(agency);
    org.w3c.dom.Document dom =
        vn.eoffice.edxml.EdXmlWriter.write(
            packages.write(
                document, recipient, context.getCallerPrincipal().getName(), clock.instant()));
    if (hsm.configured(key)) {
      hsm.signEdXml(dom, key);
    }
    return vn.eoffice.edxml.EdXmlWriter.bytes(dom);
  }

  /** The agency's exchange certificate in PEM, for partners' directories. */
  @RolesAllowed(Role.ADMIN_NAME)
  public String certificate() {
    Agency agency = organisation.agency();
    SealKey key = SealKey.of(agency);
    if (!hsm.configured(key)) {
      throw new StateConflictException(
          "SealNotConfigured", agency.getName(), "no seal key is configured for the agency");
    }
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, new byte[] {'\n'})
              .encodeToString(hsm.certificate(key).getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private OutboxMessage delivery(ExchangeRecipient recipient) {
    List<OutboxMessage> messages =
        em.createNamedQuery(OutboxMessage.OF_RECIPIENT, OutboxMessage.class)
            .setParameter("recipientId", recipient.getId())
            .getResultList();
    return messages.isEmpty() ? null : messages.get(messages.size() - 1);
  }

  private ExchangeRecipient recipient(long id) {
    ExchangeRecipient recipient =
        em.find(ExchangeRecipient.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (recipient == null) {
      throw new NotFoundException("Recipient", id);
    }
    readable(recipient.getDocument().getId());
    return recipient;
  }

  private Document readable(long documentId) {
    Document document = em.find(Document.class, documentId);
    if (document == null
        || document.getDirection() != Direction.OUTGOING
        || !document.readableBy(readers.of(context.getCallerPrincipal().getName()))) {
      throw new NotFoundException("Outgoing document", documentId);
    }
    return document;
  }
}
