package vn.eoffice.search.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.eoffice.documents.control.FileStore;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentFile;
import vn.eoffice.documents.entity.FileVersion;
import vn.eoffice.documents.entity.UnitShare;
import vn.eoffice.people.entity.UserAccount;
import vn.eoffice.recognition.control.Recognitions;
import vn.eoffice.recognition.entity.TextRecognition;
import vn.eoffice.search.index.IndexedDocument;
import vn.eoffice.search.text.TextExtraction;
import vn.eoffice.search.text.UnreadableFileException;

/** A document as the search index holds it: its fields, the text of its files, its reader keys. */
@Dependent
public class IndexedDocuments {

  private static final Logger LOG = Logger.getLogger(IndexedDocuments.class.getName());
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** Text beyond this many characters of a document's files is not indexed. */
  static final int MAX_TEXT = 2_000_000;

  @PersistenceContext EntityManager em;
  @Inject FileStore store;
  @Inject Recognitions recognitions;

  public IndexedDocument of(Document d) {
    return of(d, d.getGrantedTo(), d.getUnits());
  }

  /**
   * The document as indexed, with the people and units it was given to loaded by the caller for
   * many documents at once, rather than by two queries per document.
   */
  public IndexedDocument of(Document d, Collection<String> grantedTo, Collection<UnitShare> units) {
    LocalDate date =
        d.getDocumentDate() != null
            ? d.getDocumentDate()
            : (d.getRegisteredAt() != null ? d.getRegisteredAt() : d.getCreatedAt())
                .atZone(VIETNAM)
                .toLocalDate();
    return new IndexedDocument(
        d.getId(),
        d.getDirection().name(),
        d.getRegisterYear() != null ? d.getRegisterYear() : Integer.valueOf(date.getYear()),
        d.getRegister() == null ? null : d.getRegister().getName(),
        d.getNumber(),
        d.getNotation(),
        date,
        d.getType().getName(),
        d.getSubject(),
        d.getIssuerName(),
        d.getSignerName(),
        d.getStatus().name(),
        d.getUrgency().name(),
        d.getConfidentiality().name(),
        handlers(d, grantedTo),
        text(d),
        d.readerKeys(grantedTo, units));
  }

  /** Everyone the document was given to or waits for, by name and user name. */
  private List<String> handlers(Document d, Collection<String> grantedTo) {
    Set<String> usernames = new TreeSet<>(grantedTo);
    if (d.getAwaitingUser() != null) {
      usernames.add(d.getAwaitingUser());
    }
    List<String> handlers = new ArrayList<>(usernames);
    if (!usernames.isEmpty()) {
      em.createQuery("SELECT u FROM UserAccount u WHERE u.username IN :names", UserAccount.class)
          .setParameter("names", usernames)
          .getResultList()
          .forEach(u -> handlers.add(u.getFullName()));
    }
    return handlers;
  }

  private String text(Document d) {
    StringBuilder text = new StringBuilder();
    // One look for the document's scans, and none when it has no image or PDF.
    List<String> scans =
        d.getFiles().stream()
            .map(f -> f.current().getContent())
            .filter(c -> Recognitions.mayBeScan(c.getMediaType()))
            .map(c -> c.getSha256())
            .toList();
    Map<String, TextRecognition> recognised = recognitions.of(scans);
    for (DocumentFile file : d.getFiles()) {
      FileVersion current = file.current();
      String sha256 = current.getContent().getSha256();
      String mediaType = current.getContent().getMediaType();
      // A scan's text is what was recognised in it; an image has no other, and is not read.
      Optional<String> recognisedText = recognitions.text(recognised.get(sha256));
      if (recognisedText.isPresent() || !TextExtraction.hasText(mediaType)) {
        recognisedText.ifPresent(t -> text.append(t).append('\n'));
        continue;
      }
      try (InputStream in = store.open(sha256)) {
        text.append(TextExtraction.text(in.readAllBytes(), mediaType)).append('\n');
      } catch (IOException | UnreadableFileException e) {
        LOG.log(
            Level.WARNING,
            "document {0}: the text of {1} is left out of the index: {2}",
            new Object[] {d.getId(), current.getContent().getFileName(), e.getMessage()});
      }
      if (text.length() > MAX_TEXT) {
        text.setLength(MAX_TEXT);
        break;
      }
    }
    return text.toString();
  }
}
