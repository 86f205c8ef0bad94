package vn.eoffice.exchange.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import vn.eoffice.edxml.EdXmlWriter;
import vn.eoffice.exchange.entity.ExchangeRecipient;
import vn.eoffice.exchange.entity.OutboxMessage;
import vn.eoffice.exchange.entity.Partner;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.signatures.control.OrganisationHsm;
import vn.eoffice.signatures.control.SealKey;
import vn.eoffice.signatures.control.SignedFiles;

/**
 * One attempt to deliver one outbox message, in a transaction of its own (in the scope of the
 * agency that sends it): the message is written and signed with the agency's seal key at its first
 * attempt and kept, then posted to the partner's endpoint. Taken (200): delivered. Refused by the
 * receiver (a 4xx answer other than 408 and 429): failed with the receiver's reason, not tried
 * again until an operator asks. Anything else (the receiver away, a 5xx, no seal key yet): tried
 * again after a longer wait.
 */
@Stateless
public class OutboxDelivery {

  /** The exchange content type. */
  public static final String MEDIA_TYPE = "application/xml";

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @PersistenceContext EntityManager em;
  @Inject Directory directory;
  @Inject PackageWriter writer;
  @Inject OrganisationHsm hsm;
  @Inject SignedFiles files;
  @Inject Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void attempt(long messageId) {
    OutboxMessage message = em.find(OutboxMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
    if (message == null || message.getState() != OutboxMessage.State.PENDING) {
      return;
    }
    Instant now = clock.instant();
    ExchangeRecipient recipient = message.getRecipient();
    Optional<Partner> partner = directory.partner(message.getToOrgan()).filter(Partner::isActive);
    if (partner.isEmpty()) {
      String reason = message.getToOrgan() + " is no partner in the directory any more";
      message.refused(reason);
      if (recipient != null) {
        recipient.failed(reason);
      }
      return;
    }
    byte[] payload;
    if (message.getPayloadSha256() == null) {
      try {
        payload = write(message, now);
      } catch (RuntimeException e) {
        message.failedAttempt("the message could not be written or signed: " + e.getMessage(), now);
        return;
      }
      message.written(files.keep(payload, MEDIA_TYPE, now));
    } else {
      payload = files.read(message.getPayloadSha256());
    }
    HttpResponse<String> response;
    try {
      response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(partner.get().getEndpoint()))
                  .timeout(Duration.ofSeconds(60))
                  .header("Content-Type", MEDIA_TYPE)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(payload))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException | IllegalArgumentException e) {
      message.failedAttempt(
          "the receiver at " + partner.get().getEndpoint() + " cannot be reached: " + e, now);
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      message.failedAttempt("interrupted", now);
      return;
    }
    int status = response.statusCode();
    if (status == 200) {
      message.delivered(now);
      if (recipient != null) {
        recipient.delivered();
      }
    } else if (status >= 400 && status < 500 && status != 408 && status != 429) {
      String reason = reason(response);
      message.refused(reason);
      if (recipient != null) {
        recipient.failed(reason);
      }
    } else {
      message.failedAttempt("the receiver answered " + status + ": " + reason(response), now);
    }
  }

  private byte[] write(OutboxMessage message, Instant now) {
    Agency agency = em.find(Agency.class, message.getAgencyId());
    SealKey key = SealKey.of(agency);
    if (!hsm.configured(key)) {
      throw new IllegalStateException(
          "no seal key is configured for " + agency.getName() + " to sign the message");
    }
    org.w3c.dom.Document dom;
    if (message.getKind() == OutboxMessage.Kind.PACKAGE) {
      ExchangeRecipient recipient = message.getRecipient();
      dom =
          EdXmlWriter.write(
              writer.write(
                  recipient.getDocument(),
                  recipient,
                  recipient.getDocument().getIssuedBy(),
                  now,
                  vn.eoffice.edxml.Business.Type.of(message.getBusiness()),
                  message.getBusinessReason(),
                  message.getBusinessConcerns()));
    } else {
      dom = EdXmlWriter.write(Statuses.message(message, agency));
    }
    hsm.signEdXml(dom, key);
    return EdXmlWriter.bytes(dom);
  }

  /** The receiver's reason: its problem's {@code code: reason}, or the start of its answer. */
  private static String reason(HttpResponse<String> response) {
    String body = response.body() == null ? "" : response.body();
    try {
      JsonObject problem = Json.createReader(new StringReader(body)).readObject();
      return problem.getString("code", "refused") + ": " + problem.getString("reason", body);
    } catch (JsonException | ClassCastException e) {
      return body.length() > 300 ? body.substring(0, 300) : body;
    }
  }
}
