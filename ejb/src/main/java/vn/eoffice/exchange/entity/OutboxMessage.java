package vn.eoffice.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import vn.eoffice.platform.entity.AgencyRecord;

/**
 * A message this installation must deliver to an agency elsewhere: a package for one recipient of
 * an issued document, or a status back to the sender of a package received. It stays until the
 * receiver has taken it; a failed attempt is tried again later, each wait longer than the last (up
 * to an hour), and a receiver's refusal ends it with the reason. The payload is written (and
 * signed) at the first attempt and kept, so every attempt sends the same bytes.
 */
@Entity
@Table(name = "exchange_outbox")
@NamedQuery(
    name = OutboxMessage.OF_RECIPIENT,
    query = "SELECT m FROM OutboxMessage m WHERE m.recipient.id = :recipientId ORDER BY m.id")
public class OutboxMessage extends AgencyRecord {

  public static final String OF_RECIPIENT = "OutboxMessage.ofRecipient";

  /** The longest wait between two attempts. */
  static final Duration LONGEST_WAIT = Duration.ofHours(1);

  public enum Kind {
    PACKAGE,
    STATUS
  }

  public enum State {
    PENDING,
    DELIVERED,
    FAILED,
    CANCELLED
  }

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private Kind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "recipient_id", updatable = false)
  private ExchangeRecipient recipient;

  @Column(name = "to_organ", nullable = false, length = 13, updatable = false)
  private String toOrgan;

  @Column(name = "payload_sha256", length = 64)
  private String payloadSha256;

  /** For a package: new (0), recall (1), update (2), replace (3). */
  @Column(nullable = false, updatable = false)
  private short business;

  @Column(name = "business_reason", length = 2000, updatable = false)
  private String businessReason;

  /** For an update or a replacement: the DocumentId of the document it updates or replaces. */
  @Column(name = "business_concerns", length = 300, updatable = false)
  private String businessConcerns;

  /** For a status: the package it answers, and what to report. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "package_id", updatable = false)
  private ReceivedPackage answers;

  @Column(name = "status_code", length = 2, updatable = false)
  private String statusCode;

  @Column(name = "status_text", length = 2000, updatable = false)
  private String statusText;

  @Column(name = "status_staff", length = 255, updatable = false)
  private String statusStaff;

  @Column(name = "status_unit", length = 255, updatable = false)
  private String statusUnit;

  @Column(name = "status_at", updatable = false)
  private Instant statusAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private State state = State.PENDING;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = 2000)
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  protected OutboxMessage() {}

  private OutboxMessage(
      Kind kind, ExchangeRecipient recipient, String toOrgan, String payloadSha256, Instant now) {
    this.kind = kind;
    this.recipient = recipient;
    this.toOrgan = toOrgan;
    this.payloadSha256 = payloadSha256;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /** The package for one recipient of an issued document, written at the first attempt. */
  public static OutboxMessage pack(ExchangeRecipient recipient, Instant now) {
    return pack(recipient, 0, null, null, now);
  }

  /** A recall (1), update (2) or replacement (3) of the document sent to the recipient. */
  public static OutboxMessage pack(
      ExchangeRecipient recipient, int business, String reason, String concerns, Instant now) {
    OutboxMessage message =
        new OutboxMessage(Kind.PACKAGE, recipient, recipient.getOrganCode(), null, now);
    message.business = (short) business;
    message.businessReason = reason;
    message.businessConcerns = concerns;
    return message;
  }

  /** A status back to the sender of a package received, written at the first attempt. */
  public static OutboxMessage status(
      ReceivedPackage answers,
      String code,
      String text,
      String staff,
      String unit,
      Instant happenedAt,
      Instant now) {
    OutboxMessage message = new OutboxMessage(Kind.STATUS, null, answers.getFromOrgan(), null, now);
    message.answers = answers;
    message.statusCode = code;
    message.statusText = text;
    message.statusStaff = staff;
    message.statusUnit = unit;
    message.statusAt = happenedAt;
    return message;
  }

  public void written(String payloadSha256) {
    this.payloadSha256 = payloadSha256;
  }

  public void delivered(Instant at) {
    state = State.DELIVERED;
    deliveredAt = at;
    attempts++;
    lastError = null;
  }

  /** The attempt failed for a reason that may pass: tried again after a longer wait. */
  public void failedAttempt(String error, Instant now) {
    attempts++;
    lastError = error;
    long seconds = Math.min(LONGEST_WAIT.toSeconds(), 5L << Math.min(attempts - 1, 20));
    nextAttemptAt = now.plusSeconds(seconds);
  }

  /** The receiver refused it, or it cannot be written: no more attempts until an operator asks. */
  public void refused(String reason) {
    attempts++;
    state = State.FAILED;
    lastError = reason;
  }

  /** An operator asks for another attempt now. */
  public void retryNow(Instant now) {
    if (state == State.FAILED || state == State.PENDING) {
      state = State.PENDING;
      nextAttemptAt = now;
    }
  }

  public void cancel() {
    if (state != State.DELIVERED) {
      state = State.CANCELLED;
    }
  }

  public Kind getKind() {
    return kind;
  }

  public ExchangeRecipient getRecipient() {
    return recipient;
  }

  public String getToOrgan() {
    return toOrgan;
  }

  public String getPayloadSha256() {
    return payloadSha256;
  }

  public int getBusiness() {
    return business;
  }

  public String getBusinessReason() {
    return businessReason;
  }

  public String getBusinessConcerns() {
    return businessConcerns;
  }

  public ReceivedPackage getAnswers() {
    return answers;
  }

  public String getStatusCode() {
    return statusCode;
  }

  public String getStatusText() {
    return statusText;
  }

  public String getStatusStaff() {
    return statusStaff;
  }

  public String getStatusUnit() {
    return statusUnit;
  }

  public Instant getStatusAt() {
    return statusAt;
  }

  public State getState() {
    return state;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getDeliveredAt() {
    return deliveredAt;
  }
}
