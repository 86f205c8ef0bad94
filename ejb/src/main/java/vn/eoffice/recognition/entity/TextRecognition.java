package vn.eoffice.recognition.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The recognition of one stored content that is a scan, named by its SHA-256 like the content
 * itself: the same scan registered twice, or by two agencies, is read once. It holds no agency's
 * data beyond what the content's SHA-256 already names, and is reached only through a document the
 * caller may read.
 */
@Entity
@Table(name = "text_recognition")
@NamedQuery(
    name = TextRecognition.QUEUE,
    query =
        "SELECT r.sha256 FROM TextRecognition r WHERE r.state IN :states"
            + " ORDER BY r.askedAt, r.sha256")
public class TextRecognition {

  public static final String QUEUE = "TextRecognition.queue";

  /** Tries before a scan is left as failed. */
  public static final int MAX_ATTEMPTS = 3;

  /** Below this a scan is flagged (Circular 02/2019 asks at least 200 dpi). */
  public static final int LEAST_DPI = 200;

  @Id
  @Column(length = 64)
  private String sha256;

  @Column(name = "media_type", nullable = false, length = 100)
  private String mediaType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RecognitionState state;

  @Column(nullable = false)
  private int pages;

  @Column(name = "pages_done", nullable = false)
  private int pagesDone;

  @Column(name = "lowest_dpi")
  private Integer lowestDpi;

  @Column(name = "text_sha256", length = 64)
  private String textSha256;

  @Column(name = "searchable_sha256", length = 64)
  private String searchableSha256;

  @Column(nullable = false)
  private int attempts;

  @Column(length = 500)
  private String failure;

  @Column(name = "asked_at", nullable = false)
  private Instant askedAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected TextRecognition() {}

  public TextRecognition(String sha256, String mediaType, Instant askedAt) {
    this.sha256 = sha256;
    this.mediaType = mediaType;
    this.askedAt = askedAt;
    this.state = RecognitionState.WAITING;
  }

  /** Taken by the queue: one more attempt begins. */
  public void begin(Instant now) {
    state = RecognitionState.WORKING;
    attempts++;
    startedAt = now;
    pagesDone = 0;
    failure = null;
  }

  /** The scan was split into its pages; the lowest resolution among them is noted. */
  public void split(int pages, Integer lowestDpi) {
    this.pages = pages;
    this.lowestDpi = lowestDpi;
  }

  public void pageDone(int done) {
    pagesDone = Math.max(pagesDone, done);
  }

  public void done(String textSha256, String searchableSha256, Instant now) {
    this.textSha256 = textSha256;
    this.searchableSha256 = searchableSha256;
    this.pagesDone = pages;
    this.state = RecognitionState.DONE;
    this.finishedAt = now;
    this.failure = null;
  }

  /** The attempt failed: tried again later, or left failed after {@link #MAX_ATTEMPTS}. */
  public void failed(String reason, Instant now) {
    failure = reason == null ? null : reason.substring(0, Math.min(reason.length(), 500));
    if (attempts >= MAX_ATTEMPTS) {
      state = RecognitionState.FAILED;
      finishedAt = now;
    } else {
      state = RecognitionState.WAITING;
    }
  }

  /** Asked again by someone after it failed: three more tries. */
  public void askAgain(Instant now) {
    if (state == RecognitionState.FAILED) {
      state = RecognitionState.WAITING;
      attempts = 0;
      askedAt = now;
    }
  }

  public boolean lowResolution() {
    return lowestDpi != null && lowestDpi < LEAST_DPI;
  }

  public String getSha256() {
    return sha256;
  }

  public String getMediaType() {
    return mediaType;
  }

  public RecognitionState getState() {
    return state;
  }

  public int getPages() {
    return pages;
  }

  public int getPagesDone() {
    return pagesDone;
  }

  public Integer getLowestDpi() {
    return lowestDpi;
  }

  public String getTextSha256() {
    return textSha256;
  }

  public String getSearchableSha256() {
    return searchableSha256;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getFailure() {
    return failure;
  }

  public Instant getAskedAt() {
    return askedAt;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }
}
