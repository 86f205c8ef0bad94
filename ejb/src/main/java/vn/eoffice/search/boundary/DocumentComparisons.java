package vn.eoffice.search.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.FileVersion;
import vn.eoffice.people.control.Readers;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.search.compare.Comparison;
import vn.eoffice.search.compare.ComparisonReport;
import vn.eoffice.search.compare.ReadingText;
import vn.eoffice.search.compare.TextComparison;
import vn.eoffice.search.control.ReadingTexts;
import vn.eoffice.search.text.UnreadableFileException;

/**
 * So sánh văn bản: any two versions of a document's files, or files of two documents, in any mix of
 * PDF, DOCX and DOC, compared word by word once the layout is taken out. The caller must be able to
 * read both documents; a document they may not read is "not found".
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.ARCHIVIST_NAME})
public class DocumentComparisons {

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject Readers readers;
  @Inject ReadingTexts texts;
  @EJB AuditLog audit;

  /**
   * A file version.
   *
   * @param version from 1; null for the newest
   */
  public record FileRef(long documentId, long fileId, Integer version) {}

  /** Which file version one side is. */
  public record Side(
      long documentId, String notation, String subject, long fileId, int version, String fileName) {

    /** How the report names it. */
    public String label() {
      return (notation == null ? subject : notation + " – " + subject)
          + " – "
          + fileName
          + " (v"
          + version
          + ")";
    }
  }

  public record ComparisonView(Side before, Side after, Comparison comparison) {}

  /** A DOCX report of the differences. */
  public record Report(byte[] content, String fileName) {}

  public ComparisonView compare(FileRef before, FileRef after) {
    FileVersion left = version(before);
    FileVersion right = version(after);
    Comparison comparison = TextComparison.compare(text("before", left), text("after", right));
    audit.record(
        AuditAction.DOCUMENTS_COMPARED,
        "Document",
        before.documentId(),
        describe(left) + " ↔ " + describe(right) + ": " + comparison.changes().size() + " changes");
    return new ComparisonView(side(left), side(right), comparison);
  }

  public Report report(FileRef before, FileRef after, Locale locale) {
    ComparisonView view = compare(before, after);
    return new Report(
        ComparisonReport.docx(
            view.comparison(), view.before().label(), view.after().label(), locale),
        "so-sanh-" + before.documentId() + "-" + after.documentId() + ".docx");
  }

  private FileVersion version(FileRef ref) {
    Document document = em.find(Document.class, ref.documentId());
    if (document == null
        || !document.readableBy(readers.of(context.getCallerPrincipal().getName()))) {
      throw new NotFoundException("Document", ref.documentId());
    }
    return document
        .file(ref.fileId())
        .orElseThrow(() -> new NotFoundException("File", ref.fileId()))
        .version(ref.version())
        .orElseThrow(() -> new NotFoundException("File version", ref.version()));
  }

  private ReadingText text(String side, FileVersion version) {
    try {
      return texts.of(version.getContent());
    } catch (UnreadableFileException e) {
      throw new InvalidInputException(
          Violation.of(
              side,
              "NotComparable",
              "only PDF, DOCX and DOC files with text can be compared; "
                  + version.getContent().getFileName()
                  + ": "
                  + e.getMessage()));
    }
  }

  private static Side side(FileVersion version) {
    Document document = version.getFile().getDocument();
    return new Side(
        document.getId(),
        document.getNotation(),
        document.getSubject(),
        version.getFile().getId(),
        version.getNumber(),
        version.getContent().getFileName());
  }

  private static String describe(FileVersion version) {
    return "document "
        + version.getFile().getDocument().getId()
        + " file "
        + version.getFile().getId()
        + " v"
        + version.getNumber();
  }
}
