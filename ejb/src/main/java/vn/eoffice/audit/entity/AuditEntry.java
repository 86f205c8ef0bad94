package vn.eoffice.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One line of the audit log. Written once; the sealer later sets its place in the chain and its
 * hash, after which nothing about it may change.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
    name = AuditEntry.UNSEALED,
    query = "SELECT e FROM AuditEntry e WHERE e.chainIndex IS NULL ORDER BY e.id")
@NamedQuery(
    name = AuditEntry.SEALED_FROM,
    query = "SELECT e FROM AuditEntry e WHERE e.chainIndex > :after ORDER BY e.chainIndex")
@NamedQuery(
    name = AuditEntry.NEWEST,
    query = "SELECT e FROM AuditEntry e ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(
    name = AuditEntry.OF_OBJECT,
    query =
        "SELECT e FROM AuditEntry e WHERE e.objectType = :objectType AND e.objectId = :objectId"
            + " ORDER BY e.occurredAt, e.id")
public class AuditEntry {

  public static final String OF_OBJECT = "AuditEntry.ofObject";
  public static final String UNSEALED = "AuditEntry.unsealed";
  public static final String SEALED_FROM = "AuditEntry.sealedFrom";
  public static final String NEWEST = "AuditEntry.newest";

  @Id
  @SequenceGenerator(name = "auditId", sequenceName = "audit_entry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "auditId")
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(length = 64)
  private String origin;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private AuditAction action;

  @Column(name = "object_type", nullable = false, length = 40)
  private String objectType;

  @Column(name = "object_id", length = 64)
  private String objectId;

  @Column(length = 2000)
  private String detail;

  @Column(name = "chain_index")
  private Long chainIndex;

  @Column(name = "entry_hash", length = 64)
  private String entryHash;

  protected AuditEntry() {}

  public AuditEntry(
      Instant occurredAt,
      String actor,
      String origin,
      AuditAction action,
      String objectType,
      String objectId,
      String detail) {
    // Stored to the microsecond by every database we run on; hashed as stored.
    this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    this.actor = actor;
    this.origin = origin;
    this.action = action;
    this.objectType = objectType;
    this.objectId = objectId;
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
  }

  public void seal(long chainIndex, String entryHash) {
    this.chainIndex = chainIndex;
    this.entryHash = entryHash;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getOrigin() {
    return origin;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getObjectType() {
    return objectType;
  }

  public String getObjectId() {
    return objectId;
  }

  public String getDetail() {
    return detail;
  }

  public Long getChainIndex() {
    return chainIndex;
  }

  public String getEntryHash() {
    return entryHash;
  }
}
