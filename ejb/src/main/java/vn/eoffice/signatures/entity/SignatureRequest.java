package vn.eoffice.signatures.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.eoffice.platform.entity.AgencyRecord;

/**
 * A leader's signature in the making: step 1 wrote the data to be signed from these inputs; step 2
 * rebuilds the same signature from them, checks the value the token made and completes the PDF.
 * Used once; expires unused.
 */
@Entity
@Table(name = "signature_request")
@NamedQuery(
    name = SignatureRequest.LAST_COMPLETED,
    query =
        "SELECT r FROM SignatureRequest r WHERE r.documentId = :documentId"
            + " AND r.completedAt IS NOT NULL ORDER BY r.completedAt DESC")
public class SignatureRequest extends AgencyRecord {

  public static final String LAST_COMPLETED = "SignatureRequest.lastCompleted";

  @Column(name = "document_id", nullable = false)
  private Long documentId;

  @Column(nullable = false, length = 64)
  private String signer;

  @Column(name = "file_sha256", nullable = false, length = 64)
  private String fileSha256;

  /** The signer's certificate first, then its issuers: base64 DER joined by commas. */
  @Column(name = "certificate_chain", nullable = false, length = 20000)
  private String certificateChain;

  @Column(name = "signing_time", nullable = false)
  private Instant signingTime;

  /** Base64 of the DER-encoded signed attributes the token signs. */
  @Column(name = "data_to_sign", nullable = false, length = 8000)
  private String dataToSign;

  @Column(name = "box_page", nullable = false)
  private int boxPage;

  @Column(name = "box_x", nullable = false)
  private float boxX;

  @Column(name = "box_y", nullable = false)
  private float boxY;

  @Column(name = "box_width", nullable = false)
  private float boxWidth;

  @Column(name = "box_height", nullable = false)
  private float boxHeight;

  @Column(name = "image_sha256", length = 64)
  private String imageSha256;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "signed_sha256", length = 64)
  private String signedSha256;

  protected SignatureRequest() {}

  public SignatureRequest(
      Long documentId,
      String signer,
      String fileSha256,
      String certificateChain,
      Instant signingTime,
      String dataToSign,
      float[] box,
      int boxPage,
      String imageSha256,
      Instant createdAt,
      Instant expiresAt) {
    this.documentId = documentId;
    this.signer = signer;
    this.fileSha256 = fileSha256;
    this.certificateChain = certificateChain;
    this.signingTime = signingTime;
    this.dataToSign = dataToSign;
    this.boxPage = boxPage;
    this.boxX = box[0];
    this.boxY = box[1];
    this.boxWidth = box[2];
    this.boxHeight = box[3];
    this.imageSha256 = imageSha256;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public void complete(String signedSha256, Instant at) {
    this.signedSha256 = signedSha256;
    this.completedAt = at;
  }

  public boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  public Long getDocumentId() {
    return documentId;
  }

  public String getSigner() {
    return signer;
  }

  public String getFileSha256() {
    return fileSha256;
  }

  public String getCertificateChain() {
    return certificateChain;
  }

  public Instant getSigningTime() {
    return signingTime;
  }

  public String getDataToSign() {
    return dataToSign;
  }

  public int getBoxPage() {
    return boxPage;
  }

  /** x, y (top-left origin), width, height in points. */
  public float[] getBox() {
    return new float[] {boxX, boxY, boxWidth, boxHeight};
  }

  public String getImageSha256() {
    return imageSha256;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public String getSignedSha256() {
    return signedSha256;
  }
}
