package vn.eoffice.exchange.boundary;

import java.time.Instant;
import java.util.List;
import vn.eoffice.exchange.entity.ExchangeRecipient;
import vn.eoffice.exchange.entity.OutboxMessage;

/**
 * One electronic recipient of an outgoing document as its sender sees it: where the send stands,
 * the latest status and every status with its time, and the delivery's attempts.
 */
public record RecipientView(
    long id,
    long documentId,
    String documentNotation,
    String documentSubject,
    String organCode,
    String organName,
    boolean paper,
    String state,
    String failure,
    String statusCode,
    Instant statusAt,
    Instant sentAt,
    List<Status> statuses,
    Delivery delivery) {

  public record Status(
      String code, String description, String staff, String department, Instant at) {}

  /** The outbox's attempts for a recipient elsewhere. */
  public record Delivery(
      long messageId, String state, int attempts, Instant nextAttemptAt, String lastError) {}

  static RecipientView of(ExchangeRecipient r, OutboxMessage message) {
    return new RecipientView(
        r.getId(),
        r.getDocument().getId(),
        r.getDocument().getNotation(),
        r.getDocument().getSubject(),
        r.getOrganCode(),
        r.getOrganName(),
        r.isPaper(),
        r.getState().name(),
        r.getFailure(),
        r.getStatusCode(),
        r.getStatusAt(),
        r.getSentAt(),
        r.getStatuses().stream()
            .map(
                s ->
                    new Status(
                        s.getCode(),
                        s.getDescription(),
                        s.getStaff(),
                        s.getDepartment(),
                        s.getHappenedAt()))
            .toList(),
        message == null
            ? null
            : new Delivery(
                message.getId(),
                message.getState().name(),
                message.getAttempts(),
                message.getNextAttemptAt(),
                message.getLastError()));
  }
}
