package vn.eoffice.archive.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.eoffice.archive.entity.CaseFile;
import vn.eoffice.archive.entity.CaseFileDocument;
import vn.eoffice.archive.entity.PdfaRendition;
import vn.eoffice.documents.entity.DocumentFile;
import vn.eoffice.documents.entity.StoredFile;

/**
 * Asks for the PDF/A renditions of a file's documents when it is handed over, if it is kept long,
 * and finds them.
 */
@Dependent
public class Renditions {

  /** Files kept this many years or more, and permanent ones, get PDF/A renditions. */
  public static final int LONG_RETENTION_YEARS = 20;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public static boolean keptLong(CaseFile file) {
    return file.isPermanent() || file.getRetentionYears() >= LONG_RETENTION_YEARS;
  }

  /** Every file of the file's documents, as it is now, waits for its rendition if it has none. */
  public void ask(CaseFile file) {
    if (!keptLong(file)) {
      return;
    }
    for (CaseFileDocument held : file.getDocuments()) {
      for (DocumentFile documentFile : held.getDocument().getFiles()) {
        StoredFile content = documentFile.current().getContent();
        if (em.find(PdfaRendition.class, content.getSha256()) == null) {
          em.persist(
              new PdfaRendition(content.getSha256(), content.getMediaType(), clock.instant()));
        }
      }
    }
  }

  /** The renditions of these contents that there are, by SHA-256. */
  public Map<String, PdfaRendition> of(List<String> sha256s) {
    if (sha256s.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "SELECT r FROM PdfaRendition r WHERE r.sha256 IN :sha256s", PdfaRendition.class)
        .setParameter("sha256s", sha256s)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(PdfaRendition::getSha256, Function.identity()));
  }
}
