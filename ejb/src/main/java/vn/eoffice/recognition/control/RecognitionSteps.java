package vn.eoffice.recognition.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.eoffice.recognition.entity.RecognitionState;
import vn.eoffice.recognition.entity.TextRecognition;
import vn.eoffice.search.entity.SearchJournalEntry;
import vn.eoffice.signatures.control.SignedFiles;

/**
 * The queue's steps, each in a transaction of its own, so that what a page finished is seen at once
 * and a failure leaves the row as it was before the step.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RecognitionSteps {

  /** What the queue takes to read: the content and its type. */
  public record Taken(String sha256, String mediaType, int attempt) {}

  @PersistenceContext EntityManager em;
  @Inject SignedFiles files;
  @Inject Clock clock;

  /**
   * Puts back in the queue the scans left working when this node took the queue (read by a node
   * that stopped, or by this one before it stopped): tried again, or failed after {@link
   * TextRecognition#MAX_ATTEMPTS}. Called before any scan is taken, so none is being read.
   */
  public void resumeLeftOver() {
    for (TextRecognition left :
        em.createQuery(
                "SELECT r FROM TextRecognition r WHERE r.state = :working", TextRecognition.class)
            .setParameter("working", RecognitionState.WORKING)
            .getResultList()) {
      left.failed("stopped while being read", now());
    }
  }

  /** The oldest scan waiting, now taken; none when none waits. */
  public Optional<Taken> take() {
    List<String> next =
        em.createNamedQuery(TextRecognition.QUEUE, String.class)
            .setParameter("states", List.of(RecognitionState.WAITING))
            .setMaxResults(1)
            .getResultList();
    if (next.isEmpty()) {
      return Optional.empty();
    }
    TextRecognition recognition = em.find(TextRecognition.class, next.get(0));
    recognition.begin(now());
    return Optional.of(
        new Taken(recognition.getSha256(), recognition.getMediaType(), recognition.getAttempts()));
  }

  public void split(String sha256, int pages, Integer lowestDpi) {
    em.find(TextRecognition.class, sha256).split(pages, lowestDpi);
  }

  public void pageDone(String sha256, int done) {
    em.find(TextRecognition.class, sha256).pageDone(done);
  }

  /**
   * Keeps the text and the searchable PDF, marks the recognition done and notes every document
   * holding the scan for the search index, whatever its agency.
   */
  public void done(String sha256, String text, byte[] searchable) {
    Instant now = now();
    String textSha = files.keep(text.getBytes(StandardCharsets.UTF_8), "text/plain", now);
    String pdfSha = searchable == null ? null : files.keep(searchable, "application/pdf", now);
    em.find(TextRecognition.class, sha256).done(textSha, pdfSha, now);
    @SuppressWarnings("unchecked")
    List<Object[]> holders =
        em.createNativeQuery(
                "SELECT DISTINCT d.agency_id, d.id FROM document d"
                    + " JOIN document_file f ON f.document_id = d.id"
                    + " JOIN file_version v ON v.file_id = f.id WHERE v.sha256 = ?")
            .setParameter(1, sha256)
            .getResultList();
    for (Object[] holder : holders) {
      em.persist(
          new SearchJournalEntry(
              ((Number) holder[0]).longValue(), ((Number) holder[1]).longValue(), now));
    }
  }

  public void failed(String sha256, String reason) {
    em.find(TextRecognition.class, sha256).failed(reason, now());
  }

  private Instant now() {
    return clock.instant();
  }
}
