package vn.eoffice.documents.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import vn.eoffice.audit.boundary.AuditEntryView;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.documents.control.Attachments;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentFile;
import vn.eoffice.documents.entity.FileVersion;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.NotFoundException;

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
  @EJB AuditLog audit;

  public DocumentView document(long id) {
    Document document = find(id);
    return DocumentView.of(document, document.visibleTo(caller()));
  }

  /** Every audit entry about the document, its files included, oldest first. */
  public List<AuditEntryView> history(long id) {
    visible(id);
    return audit.history("Document", id);
  }

  /** Names the content of a file version (the newest when {@code version} is null) and logs it. */
  public FileContent openFile(long documentId, long fileId, Integer version, FilePurpose purpose) {
    DocumentFile file = file(visible(documentId), fileId);
    FileVersion chosen =
        version == null
            ? file.current()
            : file.getVersions().stream()
                .filter(v -> v.getNumber() == version)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("File version", version));
    audit.record(
        purpose == FilePurpose.VIEW ? AuditAction.FILE_VIEWED : AuditAction.FILE_DOWNLOADED,
        "Document",
        documentId,
        "file " + fileId + " v" + chosen.getNumber() + " " + chosen.getContent().getFileName());
    var content = chosen.getContent();
    return new FileContent(
        content.getSha256(), content.getFileName(), content.getMediaType(), content.getSize());
  }

  /** A new version of a file from an upload of the caller's; the earlier versions stay. */
  @RolesAllowed({Role.CLERK_NAME, Role.LEADER_NAME, Role.OFFICER_NAME})
  public DocumentView addVersion(long documentId, long fileId, long uploadId) {
    Document document = visible(documentId);
    DocumentFile file = file(document, fileId);
    attachments.addVersion(file, uploadId, caller(), clock.instant());
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
    return DocumentView.of(document, true);
  }

  private Document visible(long id) {
    Document document = find(id);
    if (!document.visibleTo(caller())) {
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
    return document.getFiles().stream()
        .filter(f -> f.getId() == fileId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("File", fileId));
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
