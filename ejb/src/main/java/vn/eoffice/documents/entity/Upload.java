package vn.eoffice.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.eoffice.platform.entity.AgencyRecord;

/**
 * A file received and checked but not yet part of a document: the clerk uploads first and then
 * registers the document with its uploads in one transaction, so a registration is all or nothing.
 */
@Entity
@Table(name = "upload")
public class Upload extends AgencyRecord {

  @Embedded private StoredFile content;

  @Column(name = "uploaded_by", nullable = false, length = 64)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(nullable = false)
  private boolean attached;

  protected Upload() {}

  public Upload(StoredFile content, String uploadedBy, Instant uploadedAt) {
    this.content = content;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public void markAttached() {
    attached = true;
  }

  public StoredFile getContent() {
    return content;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public boolean isAttached() {
    return attached;
  }
}
