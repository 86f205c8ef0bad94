package vn.eoffice.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The file store's record of content it holds once, named by its SHA-256. */
@Entity
@Table(name = "stored_content")
public class StoredContent {

  @Id
  @Column(length = 64)
  private String sha256;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "media_type", nullable = false, length = 100)
  private String mediaType;

  @Column(name = "stored_at", nullable = false)
  private Instant storedAt;

  protected StoredContent() {}

  public StoredContent(String sha256, long size, String mediaType, Instant storedAt) {
    this.sha256 = sha256;
    this.size = size;
    this.mediaType = mediaType;
    this.storedAt = storedAt;
  }

  public String getSha256() {
    return sha256;
  }

  public long getSize() {
    return size;
  }

  public String getMediaType() {
    return mediaType;
  }
}
