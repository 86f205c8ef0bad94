package vn.eoffice.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.eoffice.platform.entity.AgencyRecord;

/** One version of a document's file; never changed once written. */
@Entity
@Table(name = "file_version")
public class FileVersion extends AgencyRecord {

  @ManyToOne(optional = false)
  @JoinColumn(name = "file_id")
  private DocumentFile file;

  @Column(name = "version_number", nullable = false)
  private int number;

  @Embedded private StoredFile content;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected FileVersion() {}

  FileVersion(
      DocumentFile file, int number, StoredFile content, String createdBy, Instant createdAt) {
    this.file = file;
    this.number = number;
    this.content = content;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public DocumentFile getFile() {
    return file;
  }

  public int getNumber() {
    return number;
  }

  public StoredFile getContent() {
    return content;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
