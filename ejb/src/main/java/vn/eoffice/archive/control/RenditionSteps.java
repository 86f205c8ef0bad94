package vn.eoffice.archive.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.eoffice.archive.entity.PdfaRendition;
import vn.eoffice.signatures.control.SignedFiles;

/** The rendition queue's steps, each in a transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RenditionSteps {

  /** What the queue renders next: the content and its type. */
  public record Next(String sha256, String mediaType) {}

  @PersistenceContext EntityManager em;
  @Inject SignedFiles files;
  @Inject Clock clock;

  /** The oldest content waiting for its rendition; only the lease holder asks. */
  public Optional<Next> next() {
    List<String> waiting =
        em.createNamedQuery(PdfaRendition.WAITING, String.class)
            .setParameter("state", PdfaRendition.State.WAITING)
            .setMaxResults(1)
            .getResultList();
    return waiting.stream()
        .findFirst()
        .map(sha -> em.find(PdfaRendition.class, sha))
        .map(r -> new Next(r.getSha256(), r.getMediaType()));
  }

  public void done(String sha256, byte[] rendition) {
    String kept = files.keep(rendition, "application/pdf", clock.instant());
    em.find(PdfaRendition.class, sha256).done(kept, clock.instant());
  }

  public void failed(String sha256, String reason) {
    em.find(PdfaRendition.class, sha256).failed(reason, clock.instant());
  }
}
