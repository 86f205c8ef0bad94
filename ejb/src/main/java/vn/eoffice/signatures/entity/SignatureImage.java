package vn.eoffice.signatures.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The image a signature shows (Decree 30, Phụ lục I): a person's handwritten signature, owned by
 * their user name, or the organisation's seal, owned by {@link #SEAL}. A transparent PNG in the
 * file store; a new upload replaces it.
 */
@Entity
@Table(name = "signature_image")
public class SignatureImage {

  /** The owner of the organisation's seal image. */
  public static final String SEAL = "@seal";

  @Id
  @Column(length = 64)
  private String owner;

  @Version
  @Column(nullable = false)
  private long version;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "width_px", nullable = false)
  private int widthPx;

  @Column(name = "height_px", nullable = false)
  private int heightPx;

  @Column(name = "uploaded_by", nullable = false, length = 64)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected SignatureImage() {}

  public SignatureImage(String owner) {
    this.owner = owner;
  }

  public void replace(String sha256, int widthPx, int heightPx, String by, Instant at) {
    this.sha256 = sha256;
    this.widthPx = widthPx;
    this.heightPx = heightPx;
    this.uploadedBy = by;
    this.uploadedAt = at;
  }

  public String getOwner() {
    return owner;
  }

  public String getSha256() {
    return sha256;
  }

  public int getWidthPx() {
    return widthPx;
  }

  public int getHeightPx() {
    return heightPx;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
