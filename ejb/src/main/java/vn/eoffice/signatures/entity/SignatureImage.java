package vn.eoffice.signatures.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import vn.eoffice.platform.entity.AgencyRecord;
import vn.eoffice.platform.entity.AgencyScope;

/**
 * The image a signature shows (Decree 30, Phụ lục I): a person's handwritten signature, owned by
 * their user name, or the agency's seal, owned by {@link #sealOf}. A transparent PNG in the file
 * store; a new upload replaces it. It belongs to one agency, as an {@link AgencyRecord} does.
 */
@Entity
@Table(name = "signature_image")
@AdditionalCriteria("this.agencyId = :" + AgencyScope.PROPERTY)
public class SignatureImage {

  /** The owner of an agency's seal image. */
  public static String sealOf(long agencyId) {
    return "@seal:" + agencyId;
  }

  @Id
  @Column(length = 64)
  private String owner;

  @Version
  @Column(nullable = false)
  private long version;

  @Column(name = "agency_id", nullable = false, updatable = false)
  private Long agencyId;

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
    this.agencyId = AgencyScope.current().orElse(null);
    this.owner = owner;
  }

  public void replace(String sha256, int widthPx, int heightPx, String by, Instant at) {
    this.sha256 = sha256;
    this.widthPx = widthPx;
    this.heightPx = heightPx;
    this.uploadedBy = by;
    this.uploadedAt = at;
  }

  @PrePersist
  void stampAgency() {
    agencyId = AgencyRecord.Agencies.stamp(agencyId, SignatureImage.class);
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
