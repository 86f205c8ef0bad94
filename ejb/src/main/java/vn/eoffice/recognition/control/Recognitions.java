package vn.eoffice.recognition.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.eoffice.documents.control.FileStore;
import vn.eoffice.recognition.entity.RecognitionState;
import vn.eoffice.recognition.entity.TextRecognition;

/**
 * Asks for a scan to be read and finds what was read: the text of a stored content, when it was a
 * scan and its recognition is done.
 */
@Dependent
public class Recognitions {

  private static final Logger LOG = Logger.getLogger(Recognitions.class.getName());

  /** A scan was put in the queue (fired in the asking transaction). */
  public record Queued(String sha256) {}

  @PersistenceContext EntityManager em;
  @Inject jakarta.enterprise.event.Event<Queued> queued;
  @Inject FileStore store;
  @Inject Clock clock;

  /**
   * Puts the content in the queue when it is a scan and not asked for already; {@code file} is its
   * bytes wherever they are now (a received file not yet kept, or the store).
   */
  public void ask(String sha256, String mediaType, Path file) {
    if (em.find(TextRecognition.class, sha256) != null) {
      return;
    }
    if (ScanPages.isScan(file, mediaType)) {
      em.persist(new TextRecognition(sha256, mediaType, clock.instant()));
      queued.fire(new Queued(sha256));
    }
  }

  /** Whether content of this type may be a scan: an image or a PDF. */
  public static boolean mayBeScan(String mediaType) {
    return switch (mediaType) {
      case "image/png", "image/jpeg", "image/tiff", "application/pdf" -> true;
      default -> false;
    };
  }

  public Optional<TextRecognition> of(String sha256) {
    return Optional.ofNullable(em.find(TextRecognition.class, sha256));
  }

  /** The recognitions of these contents that there are, by SHA-256. */
  public Map<String, TextRecognition> of(List<String> sha256s) {
    if (sha256s.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "SELECT r FROM TextRecognition r WHERE r.sha256 IN :sha256s", TextRecognition.class)
        .setParameter("sha256s", sha256s)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(TextRecognition::getSha256, Function.identity()));
  }

  /** The text read from the content, once its recognition is done. */
  public Optional<String> text(String sha256) {
    return text(em.find(TextRecognition.class, sha256));
  }

  /** The text read from a recognition that is done. */
  public Optional<String> text(TextRecognition recognition) {
    if (recognition == null
        || recognition.getState() != RecognitionState.DONE
        || recognition.getTextSha256() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new String(store.bytes(recognition.getTextSha256()), StandardCharsets.UTF_8));
    } catch (IOException e) {
      LOG.log(
          Level.WARNING,
          "the recognised text of " + recognition.getSha256() + " cannot be read",
          e);
      return Optional.empty();
    }
  }
}
