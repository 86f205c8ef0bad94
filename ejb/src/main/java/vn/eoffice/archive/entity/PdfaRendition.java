package vn.eoffice.archive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The PDF/A-2b rendition of one stored content, made when a file of long retention is handed over;
 * named by the content's SHA-256 like the content itself, so the same file in two case files is
 * rendered once. The original bytes stay as they are beside it (a signed PDF keeps its signatures).
 */
@Entity
@Table(name = "pdfa_rendition")
@NamedQuery(
    name = PdfaRendition.WAITING,
    query =
        "SELECT r.sha256 FROM PdfaRendition r WHERE r.state = :state"
            + " ORDER BY r.askedAt, r.sha256")
public class PdfaRendition {

  public static final String WAITING = "PdfaRendition.waiting";

  /** Tries before a rendition is left as failed. */
  public static final int MAX_ATTEMPTS = 3;

  /** Where a rendition stands. */
  public enum State {
    WAITING,
    DONE,
    FAILED
  }

  @Id
  @Column(length = 64)
  private String sha256;

  @Column(name = "media_type", nullable = false, length = 100)
  private String mediaType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private State state;

  @Column(name = "rendition_sha256", length = 64)
  private String renditionSha256;

  @Column(name = "signature_report_sha256", length = 64)
  private String signatureReportSha256;

  @Column(nullable = false)
  private int attempts;

  @Column(length = 500)
  private String failure;

  @Column(name = "asked_at", nullable = false)
  private Instant askedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected PdfaRendition() {}

  public PdfaRendition(String sha256, String mediaType, Instant askedAt) {
    this.sha256 = sha256;
    this.mediaType = mediaType;
    this.askedAt = askedAt;
    this.state = State.WAITING;
  }

  /** Made; with the report of the original's signatures when it is a signed PDF. */
  public void done(String renditionSha256, String signatureReportSha256, Instant now) {
    this.renditionSha256 = renditionSha256;
    this.signatureReportSha256 = signatureReportSha256;
    this.state = State.DONE;
    this.finishedAt = now;
    this.failure = null;
  }

  /** The attempt failed: tried again later, or left failed after {@link #MAX_ATTEMPTS}. */
  public void failed(String reason, Instant now) {
    attempts++;
    failure = reason == null ? null : reason.substring(0, Math.min(reason.length(), 500));
    if (attempts >= MAX_ATTEMPTS) {
      state = State.FAILED;
      finishedAt = now;
    }
  }

  public String getSha256() {
    return sha256;
  }

  public String getMediaType() {
    return mediaType;
  }

  public State getState() {
    return state;
  }

  public String getRenditionSha256() {
    return renditionSha256;
  }

  public String getSignatureReportSha256() {
    return signatureReportSha256;
  }

  public java.time.Instant getFinishedAt() {
    return finishedAt;
  }

  public String getFailure() {
    return failure;
  }
}
