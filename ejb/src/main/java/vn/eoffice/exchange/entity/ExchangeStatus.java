package vn.eoffice.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.eoffice.platform.entity.AgencyRecord;

/** A status a recipient reported for a document it received (01 arrived … 06 done, 13-16). */
@Entity
@Table(name = "exchange_status")
public class ExchangeStatus extends AgencyRecord {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "recipient_id", nullable = false, updatable = false)
  private ExchangeRecipient recipient;

  @Column(nullable = false, length = 2, updatable = false)
  private String code;

  @Column(length = 2000, updatable = false)
  private String description;

  @Column(length = 255, updatable = false)
  private String staff;

  @Column(length = 255, updatable = false)
  private String department;

  @Column(name = "happened_at", nullable = false, updatable = false)
  private Instant happenedAt;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  protected ExchangeStatus() {}

  ExchangeStatus(
      ExchangeRecipient recipient,
      String code,
      String description,
      String staff,
      String department,
      Instant happenedAt,
      Instant receivedAt) {
    belongsTo(recipient.getAgencyId());
    this.recipient = recipient;
    this.code = code;
    this.description = description;
    this.staff = staff;
    this.department = department;
    this.happenedAt = happenedAt;
    this.receivedAt = receivedAt;
  }

  public String getCode() {
    return code;
  }

  public String getDescription() {
    return description;
  }

  public String getStaff() {
    return staff;
  }

  public String getDepartment() {
    return department;
  }

  public Instant getHappenedAt() {
    return happenedAt;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }
}
