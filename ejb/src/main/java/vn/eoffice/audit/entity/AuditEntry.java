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
 * One line of the audit log, written once and never changed; its place in the chain and its hash
 * are in {@link AuditSeal}.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.WITH_IDS, query = "SELECT e FROM AuditEntry e WHERE e.id IN :ids")
@NamedQuery(
    name = AuditEntry.PENDING,
    query = "SELECT e FROM AuditPending p, AuditEntry e WHERE e.id = p.entryId ORDER BY p.entryId")
@NamedQuery(
    name = AuditEntry.UNSEALED,
    query =
        "SELECT e FROM AuditEntry e WHERE NOT EXISTS"
            + " (SELECT s FROM AuditSeal s WHERE s.entryId = e.id) ORDER BY e.id")
@NamedQuery(
    name = AuditEntry.NEWEST_OF_AGENCY,
    query =
        "SELECT e FROM AuditEntry e WHERE e.agencyId = :agency"
            + " ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(
    name = AuditEntry.OF_OBJECT,
    query =
        "SELECT e FROM AuditEntry e WHERE e.objectType = :objectType AND e.objectId = :objectId"
            + " AND e.agencyId = :agency ORDER BY e.occurredAt, e.id")
public class AuditEntry {

  public static final String OF_OBJECT = "AuditEntry.ofObject";
  public static final String WITH_IDS = "AuditEntry.withIds";
  public static final String PENDING = "AuditEntry.pending";
  public static final String UNSEALED = "AuditEntry.unsealed";
  public static final String NEWEST_OF_AGENCY = "AuditEntry.newestOfAgency";

  /** The hash form of entries written now: see {@link #getHashForm()}. */
  public static final int CURRENT_FORM = 2;

  @Id
  @SequenceGenerator(name = "auditId", sequenceName = "audit_entry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "auditId")
  private Long id;

  /**
   * The agency whose record it is, or none for the platform's own (agencies made or changed). The
   * chain runs through every agency's entries; each agency reads its own.
   */
  @Column(name = "agency_id", updatable = false)
  private Long agencyId;

  /**
   * How the entry is hashed: 1 for entries written before agencies (their agency was added later
   * and is not in their hash), {@link #CURRENT_FORM} for the rest, whose hash holds the agency.
   */
  @Column(name = "hash_form", nullable = false, updatable = false)
  private int hashForm = CURRENT_FORM;

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

  protected AuditEntry() {}

  public AuditEntry(
      Long agencyId,
      Instant occurredAt,
      String actor,
      String origin,
      AuditAction action,
      String objectType,
      String objectId,
      String detail) {
    this.agencyId = agencyId;
    // Stored to the microsecond by every database we run on; hashed as stored.
    this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    this.actor = actor;
    this.origin = origin;
    this.action = action;
    this.objectType = objectType;
    this.objectId = objectId;
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
  }

  public Long getId() {
    return id;
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public int getHashForm() {
    return hashForm;
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
}
