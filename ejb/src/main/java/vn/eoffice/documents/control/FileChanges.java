package vn.eoffice.documents.control;

import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentStatus;
import vn.eoffice.people.entity.Reader;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.AccessDeniedException;
import vn.eoffice.platform.boundary.StateConflictException;
import vn.eoffice.registers.entity.Direction;

/**
 * Who may give a document's files a new version, and when: an incoming document's files are the
 * record of what was received, kept by the registry (its clerks); an outgoing draft's files are its
 * drafter's, and change only while the draft is with them (a draft, or returned): under review,
 * approved, signed or issued they stay as they were seen. Nobody else changes them, leaders who
 * read the draft included: they return it with a comment.
 */
public final class FileChanges {

  private FileChanges() {}

  /** Refuses the change, saying which rule it breaks, unless the reader may make it now. */
  public static void check(Document document, Reader reader) {
    if (document.getDirection() == Direction.INCOMING) {
      if (!reader.has(Role.CLERK)) {
        throw new AccessDeniedException(
            "RegistryKeepsFiles", "only the registry's clerks change an incoming document's files");
      }
      return;
    }
    if (!reader.username().equals(document.getCreatedBy())) {
      throw new AccessDeniedException(
          "NotYourDraftFiles", "only the drafter changes a draft's files");
    }
    if (document.getStatus() != DocumentStatus.DRAFT
        && document.getStatus() != DocumentStatus.RETURNED) {
      throw new StateConflictException(
          "FrozenForApproval",
          document.getStatus(),
          "the draft's files change only while it is with its drafter");
    }
  }
}
