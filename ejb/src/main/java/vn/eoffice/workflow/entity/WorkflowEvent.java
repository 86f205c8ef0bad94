package vn.eoffice.workflow.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.eoffice.documents.entity.DocumentStatus;
import vn.eoffice.platform.entity.AgencyRecord;

/**
 * One step in a document's history: who did what when, from which state to which, with what
 * comment, to whom, and for drafts the exact file version seen (number and SHA-256).
 */
@Entity
@Table(name = "workflow_event")
@NamedQuery(
    name = WorkflowEvent.OF_DOCUMENT,
    query =
        "SELECT e FROM WorkflowEvent e WHERE e.documentId = :documentId ORDER BY e.occurredAt, e.id")
public class WorkflowEvent extends AgencyRecord {

  public static final String OF_DOCUMENT = "WorkflowEvent.ofDocument";

  @Column(name = "document_id", nullable = false)
  private Long documentId;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private WorkflowAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 16)
  private DocumentStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", length = 16)
  private DocumentStatus toStatus;

  @Column(length = 255)
  private String target;

  @Column(length = 2000)
  private String comment;

  @Column(name = "file_sha256", length = 64)
  private String fileSha256;

  @Column(name = "file_version")
  private Integer fileVersion;

  protected WorkflowEvent() {}

  public WorkflowEvent(
      Long documentId,
      String actor,
      Instant occurredAt,
      WorkflowAction action,
      DocumentStatus fromStatus,
      DocumentStatus toStatus,
      String target,
      String comment) {
    this.documentId = documentId;
    this.actor = actor;
    this.occurredAt = occurredAt;
    this.action = action;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.target = target;
    this.comment = comment;
  }

  /** Records the file version the actor saw. */
  public WorkflowEvent seen(String sha256, Integer version) {
    this.fileSha256 = sha256;
    this.fileVersion = version;
    return this;
  }

  public Long getDocumentId() {
    return documentId;
  }

  public String getActor() {
    return actor;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public WorkflowAction getAction() {
    return action;
  }

  public DocumentStatus getFromStatus() {
    return fromStatus;
  }

  public DocumentStatus getToStatus() {
    return toStatus;
  }

  public String getTarget() {
    return target;
  }

  public String getComment() {
    return comment;
  }

  public String getFileSha256() {
    return fileSha256;
  }

  public Integer getFileVersion() {
    return fileVersion;
  }
}
