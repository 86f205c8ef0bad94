package vn.eoffice.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.eoffice.platform.entity.PersistentEntity;

/**
 * A message refused before it reached an agency's queue (not edXML, an unknown sender, a signature
 * that does not verify, addressed to no agency here), kept for the platform administrator to
 * inspect with its bytes.
 */
@Entity
@Table(name = "exchange_refusal")
@NamedQuery(name = Refusal.LATEST, query = "SELECT r FROM Refusal r ORDER BY r.receivedAt DESC")
public class Refusal extends PersistentEntity {

  public static final String LATEST = "Refusal.latest";

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "from_organ", length = 13, updatable = false)
  private String fromOrgan;

  @Column(name = "to_organ", length = 200, updatable = false)
  private String toOrgan;

  @Column(name = "reason_code", nullable = false, length = 40, updatable = false)
  private String reasonCode;

  @Column(nullable = false, length = 2000, updatable = false)
  private String reason;

  @Column(name = "payload_sha256", length = 64, updatable = false)
  private String payloadSha256;

  protected Refusal() {}

  public Refusal(
      Instant receivedAt,
      String fromOrgan,
      String toOrgan,
      String reasonCode,
      String reason,
      String payloadSha256) {
    this.receivedAt = receivedAt;
    this.fromOrgan = fromOrgan == null || fromOrgan.length() > 13 ? null : fromOrgan;
    this.toOrgan = toOrgan == null || toOrgan.length() <= 200 ? toOrgan : toOrgan.substring(0, 200);
    this.reasonCode = reasonCode;
    this.reason = reason.length() <= 2000 ? reason : reason.substring(0, 2000);
    this.payloadSha256 = payloadSha256;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getFromOrgan() {
    return fromOrgan;
  }

  public String getToOrgan() {
    return toOrgan;
  }

  public String getReasonCode() {
    return reasonCode;
  }

  public String getReason() {
    return reason;
  }

  public String getPayloadSha256() {
    return payloadSha256;
  }
}
