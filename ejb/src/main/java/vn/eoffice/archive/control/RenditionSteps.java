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
import vn.eoffice.signatures.control.SigningSetup;
import vn.eoffice.signing.PdfSignatureValidation;

/** The rendition queue's steps, each in a transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RenditionSteps {

  /** What the queue renders next: the content and its type. */
  public record Next(String sha256, String mediaType) {}

  @PersistenceContext EntityManager em;
  @Inject SignedFiles files;
  @Inject Clock clock;
  @Inject SigningSetup setup;

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

  /** Keeps the rendition and, for a signed PDF, the report of its signatures. */
  public void done(String sha256, byte[] rendition, byte[] signatureReport) {
    String kept = files.keep(rendition, "application/pdf", clock.instant());
    String report =
        signatureReport == null
            ? null
            : files.keep(signatureReport, "application/xml", clock.instant());
    em.find(PdfaRendition.class, sha256).done(kept, report, clock.instant());
  }

  /**
   * DSS's detailed report on a PDF's signatures, validated now (at hand-over); none for a file that
   * is not a PDF or has no signature.
   */
  public byte[] signatureReport(byte[] content, String mediaType) {
    if (!SignedFiles.PDF.equals(mediaType)) {
      return null;
    }
    PdfSignatureValidation.Outcome outcome = setup.validation().validateWithReports(content);
    return outcome.verdicts().isEmpty() || outcome.detailedReportXml() == null
        ? null
        : outcome.detailedReportXml().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  public void failed(String sha256, String reason) {
    em.find(PdfaRendition.class, sha256).failed(reason, clock.instant());
  }
}
