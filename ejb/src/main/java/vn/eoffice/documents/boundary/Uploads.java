package vn.eoffice.documents.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.documents.control.FileInspector;
import vn.eoffice.documents.control.FileKind;
import vn.eoffice.documents.control.FileNames;
import vn.eoffice.documents.control.FileStore;
import vn.eoffice.documents.entity.StoredContent;
import vn.eoffice.documents.entity.StoredFile;
import vn.eoffice.documents.entity.Upload;
import vn.eoffice.people.entity.Role;
import vn.eoffice.recognition.control.Recognitions;

/**
 * Receives files: counts and hashes them into the store, checks that the content is what it claims
 * to be and opens, and only then keeps it. A refused file leaves nothing behind.
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.ARCHIVIST_NAME})
public class Uploads {

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject FileStore store;
  @Inject Recognitions recognitions;
  @Inject Clock clock;
  @EJB AuditLog audit;

  /**
   * @param mediaType as the client declared it; generic types fall back to the name's ending
   * @throws FileTooLargeException over {@link FileStore#maxBytes()}
   */
  public UploadView receive(InputStream content, String mediaType, String fileName) {
    FileStore.Received received = store.receive(content, FileStore.maxBytes());
    String sentName = FileNames.safe(fileName, "");
    FileKind kind;
    try {
      kind = FileInspector.inspect(received.file(), mediaType, sentName);
    } catch (RuntimeException e) {
      store.discard(received.file());
      throw e;
    }
    String name = sentName.isEmpty() ? "tep-dinh-kem." + kind.extension() : sentName;
    if (em.find(StoredContent.class, received.sha256()) == null) {
      em.persist(
          new StoredContent(received.sha256(), received.size(), kind.mediaType(), clock.instant()));
    }
    recognitions.ask(received.sha256(), kind.mediaType(), received.file());
    store.keep(received);
    Upload upload =
        new Upload(
            new StoredFile(received.sha256(), name, kind.mediaType(), received.size()),
            context.getCallerPrincipal().getName(),
            clock.instant());
    em.persist(upload);
    em.flush();
    audit.record(
        AuditAction.FILE_UPLOADED,
        "Upload",
        upload.getId(),
        name + " (" + received.size() + " bytes, sha256 " + received.sha256() + ")");
    return UploadView.of(upload);
  }
}
