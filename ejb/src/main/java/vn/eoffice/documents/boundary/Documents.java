package vn.eoffice.documents.boundary;

import static vn.eoffice.platform.control.Texts.blankToNull;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.documents.control.Attachments;
import vn.eoffice.documents.control.DocumentHistory;
import vn.eoffice.documents.control.FileChanges;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentFile;
import vn.eoffice.documents.entity.DocumentStatus;
import vn.eoffice.documents.entity.FileVersion;
import vn.eoffice.documents.entity.SignatureCheck;
import vn.eoffice.people.control.Readers;
import vn.eoffice.people.entity.Reader;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.InputValidator;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.recognition.control.Recognitions;
import vn.eoffice.registers.entity.Direction;

/**
 * Any document, incoming or outgoing: its page, its history, its files and their versions. A
 * confidential document's content is shown only to those it is assigned to; to anyone else it does
 * not exist beyond its register line.
 */
@Stateless
@RolesAllowed({
  Role.CLERK_NAME,
  Role.LEADER_NAME,
  Role.OFFICER_NAME,
  Role.ARCHIVIST_NAME,
  Role.ADMIN_NAME
})
public class Documents {

  /** Why a file is opened: shown in the browser or saved. */
  public enum FilePurpose {
    VIEW,
    DOWNLOAD
  }

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject Clock clock;
  @Inject Attachments attachments;
  @Inject Recognitions recognitions;
  @Inject InputValidator input;
  @EJB AuditLog audit;
  @Inject Readers readers;
  @Inject Event<DocumentChanged> documentChanged;

  private static List<String> contents(Document document) {
    return document.getFiles().stream()
        .flatMap(f -> f.getVersions().stream())
        .map(v -> v.getContent().getSha256())
        .distinct()
        .toList();
  }

  private Map<String, SignatureCheck> signatureChecks(Document document) {
    List<String> contents = contents(document);
    if (contents.isEmpty()) {
      return Map.of();
    }
    return em
        .createNamedQuery(SignatureCheck.OF_CONTENTS, SignatureCheck.class)
        .setParameter("sha256s", contents)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(SignatureCheck::getSha256, c -> c));
  }

  /**
   * The document, with its content when the caller may read it; those who keep or read the
   * registers (clerks, leaders, archivists) see the register line of the others, anyone else finds
   * nothing.
   */
  public DocumentView document(long id) {
    Document document = find(id);
    Reader reader = readers.of(caller());
    if (document.readableBy(reader)) {
      return DocumentView.of(
          document, true, signatureChecks(document), recognitions.of(contents(document)));
    }
    if (reader.has(Role.CLERK) || reader.has(Role.LEADER) || reader.has(Role.ARCHIVIST)) {
      return DocumentView.of(document, false);
    }
    throw new NotFoundException("Document", id);
  }

  /**
   * What was done with the document and its files, oldest first, as its page reads it: workflow
   * steps are in its workflow history, viewings counted per person.
   */
  public List<HistoryLine> history(long id) {
    visible(id);
    return DocumentHistory.of(audit.history("Document", id));
  }

  /** Names the content of a file version (the newest when {@code version} is null) and logs it. */
  public FileContent openFile(long documentId, long fileId, Integer version, FilePurpose purpose) {
    FileVersion chosen = readableVersion(documentId, fileId, version);
    audit.record(
        purpose == FilePurpose.VIEW ? AuditAction.FILE_VIEWED : AuditAction.FILE_DOWNLOADED,
        "Document",
        documentId,
        "file " + fileId + " v" + chosen.getNumber() + " " + chosen.getContent().getFileName());
    var content = chosen.getContent();
    return new FileContent(
        content.getSha256(),
        content.getFileName(),
        content.getMediaType(),
        content.getSize(),
        chosen.getNumber());
  }

  /** A version of a file of a document the caller may read (the newest when null). */
  private FileVersion readableVersion(long documentId, long fileId, Integer version) {
    Document recalledOrNot = visible(documentId);
    if (recalledOrNot.getStatus() == DocumentStatus.RECALLED) {
      // A recalled copy keeps its record, not its files (Phụ lục VI).
      throw new NotFoundException("File", fileId);
    }
    return file(recalledOrNot, fileId)
        .version(version)
        .orElseThrow(() -> new NotFoundException("File version", version));
  }

  /** What was recognised in a scanned file: its text, or its copy with a text layer. */
  public enum Recognised {
    TEXT,
    SEARCHABLE_PDF
  }

  /**
   * Names what was recognised in a scanned file version (the newest when {@code version} is null)
   * and logs its download; not found until its recognition is done.
   */
  public FileContent openRecognised(
      long documentId, long fileId, Integer version, Recognised what) {
    FileVersion chosen = readableVersion(documentId, fileId, version);
    var content = chosen.getContent();
    var recognition =
        recognitions
            .of(content.getSha256())
            .filter(r -> r.getState() == vn.eoffice.recognition.entity.RecognitionState.DONE)
            .orElseThrow(() -> new NotFoundException("Recognised text", fileId));
    String base = content.getFileName().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
    boolean text = what == Recognised.TEXT;
    String sha = text ? recognition.getTextSha256() : recognition.getSearchableSha256();
    if (sha == null) {
      throw new NotFoundException("Recognised text", fileId);
    }
    audit.record(
        AuditAction.FILE_DOWNLOADED,
        "Document",
        documentId,
        "file "
            + fileId
            + " v"
            + chosen.getNumber()
            + " "
            + content.getFileName()
            + (text ? " (recognised text)" : " (searchable PDF)"));
    return new FileContent(
        sha,
        base + (text ? ".txt" : "-co-lop-chu.pdf"),
        text ? "text/plain;charset=UTF-8" : "application/pdf",
        em.find(vn.eoffice.documents.entity.StoredContent.class, sha).getSize(),
        chosen.getNumber());
  }

  /**
   * Corrects a document's fields and writes which ones changed to the audit log. For an incoming
   * document the issuer, số ký hiệu and date may be corrected too (and the duplicate check follows
   * them); an outgoing document keeps those of its issue.
   */
  @RolesAllowed(Role.CLERK_NAME)
  public DocumentView correct(long id, DocumentCorrection correction) {
    input.check(correction);
    Document document = visible(id);
    List<String> changed = new ArrayList<>();
    track(changed, "subject", document.getSubject(), correction.subject().strip());
    track(changed, "signerName", document.getSignerName(), blankToNull(correction.signerName()));
    track(
        changed,
        "signerPosition",
        document.getSignerPosition(),
        blankToNull(correction.signerPosition()));
    track(changed, "recipients", document.getRecipients(), blankToNull(correction.recipients()));
    track(changed, "urgency", document.getUrgency(), correction.urgency());
    track(changed, "pageCount", document.getPageCount(), correction.pageCount());
    track(changed, "copies", document.getCopies(), correction.copies());
    track(changed, "deadline", document.getDeadline(), correction.deadline());
    track(changed, "notes", document.getNotes(), blankToNull(correction.notes()));
    document.correct(
        correction.subject().strip(),
        blankToNull(correction.signerName()),
        blankToNull(correction.signerPosition()),
        blankToNull(correction.recipients()),
        correction.urgency(),
        correction.pageCount(),
        correction.copies(),
        correction.deadline(),
        blankToNull(correction.notes()));
    if (document.getDirection() == Direction.INCOMING) {
      correctIssuerFields(document, correction, changed);
    }
    if (!changed.isEmpty()) {
      em.flush();
      audit.record(AuditAction.DOCUMENT_CHANGED, "Document", id, String.join(", ", changed));
      documentChanged.fire(new DocumentChanged(id));
    }
    return DocumentView.of(document, true);
  }

  private void correctIssuerFields(
      Document document, DocumentCorrection correction, List<String> changed) {
    List<Violation> missing = new ArrayList<>();
    if (correction.notation() == null || correction.notation().isBlank()) {
      missing.add(Violation.of("notation", "NotBlank", "notation is required"));
    }
    if (correction.documentDate() == null) {
      missing.add(Violation.of("documentDate", "NotNull", "documentDate is required"));
    }
    if (correction.issuerName() == null || correction.issuerName().isBlank()) {
      missing.add(Violation.of("issuerName", "NotBlank", "issuerName is required"));
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(missing);
    }
    track(changed, "notation", document.getNotation(), correction.notation().strip());
    track(changed, "documentDate", document.getDocumentDate(), correction.documentDate());
    track(changed, "issuerName", document.getIssuerName(), correction.issuerName().strip());
    track(changed, "issuerCode", document.getIssuerCode(), blankToNull(correction.issuerCode()));
    document.setNotation(correction.notation().strip());
    document.setDocumentDate(correction.documentDate());
    document.setIssuer(correction.issuerName().strip(), blankToNull(correction.issuerCode()));
    document.keyForDuplicates();
  }

  private static void track(List<String> changed, String field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changed.add(field);
    }
  }

  /**
   * A new version of a file from an upload of the caller's; the earlier versions stay. Who may, and
   * when: {@link FileChanges}.
   */
  @RolesAllowed({Role.CLERK_NAME, Role.LEADER_NAME, Role.OFFICER_NAME})
  public DocumentView addVersion(long documentId, long fileId, NewVersion version) {
    input.check(version);
    Document document = visible(documentId);
    FileChanges.check(document, readers.of(caller()));
    DocumentFile file = file(document, fileId);
    attachments.addVersion(file, version.uploadId(), caller(), clock.instant());
    em.flush();
    audit.record(
        AuditAction.FILE_VERSION_ADDED,
        "Document",
        documentId,
        "file "
            + fileId
            + " v"
            + file.current().getNumber()
            + " "
            + file.current().getContent().getFileName());
    documentChanged.fire(new DocumentChanged(documentId));
    return DocumentView.of(document, true);
  }

  private Document visible(long id) {
    Document document = find(id);
    if (!document.readableBy(readers.of(caller()))) {
      throw new NotFoundException("Document", id);
    }
    return document;
  }

  private Document find(long id) {
    Document document = em.find(Document.class, id);
    if (document == null) {
      throw new NotFoundException("Document", id);
    }
    return document;
  }

  private static DocumentFile file(Document document, long fileId) {
    return document.file(fileId).orElseThrow(() -> new NotFoundException("File", fileId));
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
