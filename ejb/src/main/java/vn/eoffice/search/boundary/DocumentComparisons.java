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
import vn.eoffice.documents.entity.StoredFile;
import vn.eoffice.documents.entity.Upload;
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

  /** One side of a comparison: a document's file version, or a file just uploaded. */
  public sealed interface Source permits FileRef, UploadRef {}

  /**
   * A file version.
   *
   * @param version from 1; null for the newest
   */
  public record FileRef(long documentId, long fileId, Integer version) implements Source {}

  /**
   * A file the caller uploaded and has not registered yet (the registration form compares it with a
   * document possibly registered already).
   */
  public record UploadRef(long uploadId) implements Source {}

  /**
   * Which file one side is: a document's file version, or (document, file and version absent) an
   * upload.
   */
  public record Side(
      Long documentId,
      String notation,
      String subject,
      Long fileId,
      Integer version,
      String fileName) {

    /** How the report names it. */
    public String label() {
      if (documentId == null) {
        return fileName;
      }
      return (notation == null ? subject : notation + " – " + subject)
          + " – "
          + fileName
          + " (v"
          + version
          + ")";
    }
  }

  public record ComparisonView(Side before, Side after, Comparison comparison) {}

  /** A side found and allowed: its text's source, how it is shown, and how the audit names it. */
  private record Resolved(StoredFile content, Side side, String description, Long documentId) {}

  /** A DOCX report of the differences. */
  public record Report(byte[] content, String fileName) {}

  public ComparisonView compare(Source before, Source after) {
    Resolved left = resolve(before);
    Resolved right = resolve(after);
    Comparison comparison = TextComparison.compare(text("before", left), text("after", right));
    Long documentId = left.documentId() != null ? left.documentId() : right.documentId();
    audit.record(
        AuditAction.DOCUMENTS_COMPARED,
        documentId == null ? "Upload" : "Document",
        documentId == null ? ((UploadRef) before).uploadId() : documentId,
        left.description()
            + " ↔ "
            + right.description()
            + ": "
            + comparison.changes().size()
            + " changes");
    return new ComparisonView(left.side(), right.side(), comparison);
  }

  public Report report(Source before, Source after, Locale locale) {
    ComparisonView view = compare(before, after);
    return new Report(
        ComparisonReport.docx(
            view.comparison(), view.before().label(), view.after().label(), locale),
        "so-sanh-" + name(before) + "-" + name(after) + ".docx");
  }

  private static String name(Source source) {
    return source instanceof FileRef file
        ? String.valueOf(file.documentId())
        : "tep-" + ((UploadRef) source).uploadId();
  }

  private Resolved resolve(Source source) {
    if (source instanceof UploadRef ref) {
      Upload upload = em.find(Upload.class, ref.uploadId());
      // Another user's upload is not there for this one.
      if (upload == null
          || !upload.getUploadedBy().equals(context.getCallerPrincipal().getName())) {
        throw new NotFoundException("Upload", ref.uploadId());
      }
      StoredFile content = upload.getContent();
      return new Resolved(
          content,
          new Side(null, null, null, null, null, content.getFileName()),
          "upload " + ref.uploadId(),
          null);
    }
    FileVersion version = version((FileRef) source);
    return new Resolved(
        version.getContent(),
        side(version),
        describe(version),
        version.getFile().getDocument().getId());
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

  private ReadingText text(String side, Resolved resolved) {
    try {
      return texts.of(resolved.content());
    } catch (UnreadableFileException e) {
      throw new InvalidInputException(
          Violation.of(
              side,
              "NotComparable",
              "only PDF, DOCX and DOC files with text can be compared; "
                  + resolved.content().getFileName()
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
