package vn.eoffice.exchange.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import vn.eoffice.documents.boundary.DocumentChanged;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentFile;
import vn.eoffice.exchange.boundary.Acceptance;
import vn.eoffice.exchange.entity.ReceivedFile;
import vn.eoffice.exchange.entity.ReceivedPackage;

/**
 * What the clerk's agreement to a recall, an update or a replacement does to the document it
 * concerns (Decree 30 and Phụ lục VI). A recall: the copy here is marked recalled, its handling
 * stops and its files are no longer shown, its record kept; a package still in the queue leaves it.
 * An update or a replacement: the registered document gets the package's files as new versions of
 * its own; a package still in the queue is replaced by the new one, registered in its place.
 */
@Dependent
public class Amendments {

  @Inject PackageRegistration registration;
  @Inject Event<DocumentChanged> changed;

  /** Applies the agreed business; answers what was done, for the status back to the sender. */
  public String agree(ReceivedPackage amendment, Acceptance how, String clerk, Instant now) {
    ReceivedPackage original = amendment.getOriginal();
    Document document = original.getDocument();
    String done;
    if (amendment.getBusiness() == 1) {
      if (document != null && original.getState() == ReceivedPackage.State.ACCEPTED) {
        document.recall();
        changed.fire(new DocumentChanged(document.getId()));
      }
      original.recalled(clerk, now);
      done = "Đồng ý thu hồi; văn bản đã được đánh dấu thu hồi và dừng xử lý";
      amendment.agreed(clerk, now);
    } else if (document != null && original.getState() == ReceivedPackage.State.ACCEPTED) {
      List<ReceivedFile> files = amendment.getFiles();
      for (int i = 0; i < files.size(); i++) {
        DocumentFile file =
            i < document.getFiles().size() ? document.getFiles().get(i) : document.addFile();
        file.addVersion(PackageRegistration.stored(files.get(i)), clerk, now);
      }
      changed.fire(new DocumentChanged(document.getId()));
      done =
          (amendment.getBusiness() == 2 ? "Đồng ý cập nhật" : "Đồng ý thay thế")
              + "; tệp mới là phiên bản mới của văn bản số đến "
              + document.getNumber();
      amendment.agreed(clerk, now);
      amendment.accepted(document, clerk, now);
    } else {
      // The first package was never registered: the new one is, in its place.
      original.recalled(clerk, now);
      Document registered = registration.register(amendment, how, clerk, now);
      amendment.accepted(registered, clerk, now);
      done =
          (amendment.getBusiness() == 2 ? "Đồng ý cập nhật" : "Đồng ý thay thế")
              + "; đã vào sổ văn bản đến số "
              + registered.getNumber();
    }
    return done;
  }
}
