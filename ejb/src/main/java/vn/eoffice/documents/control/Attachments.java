package vn.eoffice.documents.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentFile;
import vn.eoffice.documents.entity.StoredFile;
import vn.eoffice.documents.entity.Upload;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.Violation;

/** Turns a user's uploads into a document's files or into new versions of them. */
@Dependent
public class Attachments {

  @PersistenceContext EntityManager em;

  /** Adds each upload as a new file of the document. */
  public void attach(Document document, List<Long> uploadIds, String username, Instant now) {
    if (uploadIds == null) {
      return;
    }
    for (Long uploadId : uploadIds.stream().distinct().toList()) {
      Upload upload = claim(uploadId, username);
      document.addFile().addVersion(upload.getContent(), username, now);
    }
  }

  /** Adds the upload as the next version of the file; earlier versions stay. */
  public void addVersion(DocumentFile file, long uploadId, String username, Instant now) {
    file.addVersion(claim(uploadId, username).getContent(), username, now);
  }

  /**
   * The contents of the user's uploads waiting to be attached, each once, read without locking: the
   * registration that attaches them claims them when it is written (see {@link #claim}).
   */
  public List<StoredFile> waiting(List<Long> uploadIds, String username) {
    if (uploadIds == null) {
      return List.of();
    }
    List<StoredFile> contents = new ArrayList<>();
    for (Long uploadId : uploadIds.stream().distinct().toList()) {
      Upload upload = uploadId == null ? null : em.find(Upload.class, uploadId);
      if (upload == null || upload.isAttached() || !upload.getUploadedBy().equals(username)) {
        throw unavailable(uploadId);
      }
      contents.add(upload.getContent());
    }
    return contents;
  }

  /**
   * Marks the user's uploads attached, locking each, or refuses when one is not waiting any more.
   */
  public void claim(List<Long> uploadIds, String username) {
    if (uploadIds == null) {
      return;
    }
    for (Long uploadId : uploadIds.stream().distinct().toList()) {
      claim(uploadId, username);
    }
  }

  /** An upload of this user not attached yet, locked so that it is attached once only. */
  private Upload claim(Long uploadId, String username) {
    Upload upload =
        uploadId == null ? null : em.find(Upload.class, uploadId, LockModeType.PESSIMISTIC_WRITE);
    if (upload == null || upload.isAttached() || !upload.getUploadedBy().equals(username)) {
      throw unavailable(uploadId);
    }
    upload.markAttached();
    return upload;
  }

  private static InvalidInputException unavailable(Long uploadId) {
    return new InvalidInputException(
        Violation.of(
            "uploadIds",
            "UploadUnavailable",
            "upload " + uploadId + " is not one of your files waiting to be attached"));
  }
}
