package vn.eoffice.workflow.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.documents.boundary.DocumentChanged;
import vn.eoffice.documents.boundary.DocumentIssued;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentFile;
import vn.eoffice.documents.entity.DocumentStatus;
import vn.eoffice.documents.entity.FileVersion;
import vn.eoffice.workflow.entity.WorkflowAction;
import vn.eoffice.workflow.entity.WorkflowEvent;

/**
 * Writes a transition into the document's history and the audit log, in the caller's transaction,
 * so that the history holds exactly the transitions that happened.
 */
@ApplicationScoped
public class WorkflowEvents {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB AuditLog audit;
  @Inject Event<DocumentChanged> changed;
  @Inject Event<WorkflowRecorded> recorded;

  public WorkflowEvent record(
      Document document,
      String actor,
      WorkflowAction action,
      DocumentStatus from,
      String target,
      String comment) {
    if (from == DocumentStatus.RECALLED) {
      throw new vn.eoffice.platform.boundary.StateConflictException(
          "Recalled", from, "the sender recalled the document; its handling has stopped");
    }
    WorkflowEvent event =
        new WorkflowEvent(
            document.getId(),
            actor,
            clock.instant(),
            action,
            from,
            document.getStatus(),
            target,
            comment);
    FileVersion seen = mainVersion(document);
    if (seen != null && document.getDirection() == vn.eoffice.registers.entity.Direction.OUTGOING) {
      event.seen(seen.getContent().getSha256(), seen.getNumber());
    }
    em.persist(event);
    changed.fire(new DocumentChanged(document.getId()));
    StringBuilder detail = new StringBuilder(action.name());
    if (from != null && from != document.getStatus()) {
      detail.append(' ').append(from).append(" → ").append(document.getStatus());
    }
    if (target != null) {
      detail.append(" → ").append(target);
    }
    if (event.getFileSha256() != null) {
      detail.append(" sha256 ").append(event.getFileSha256());
    }
    audit.record(AuditAction.DOCUMENT_WORKFLOW, "Document", document.getId(), detail.toString());
    recorded.fire(new WorkflowRecorded(document, event));
    return event;
  }

  /** The clerk issued an outgoing document: the step joins its history. */
  void issued(@Observes DocumentIssued issued) {
    Document document = issued.document();
    record(
        document,
        issued.clerk(),
        WorkflowAction.ISSUED,
        issued.from(),
        document.getNotation(),
        null);
  }

  /** The current version of the document's main (first) file, or null when it has none. */
  public static FileVersion mainVersion(Document document) {
    return document.getFiles().isEmpty() ? null : document.getFiles().get(0).current();
  }

  /** The main file, or null. */
  public static DocumentFile mainFile(Document document) {
    return document.getFiles().isEmpty() ? null : document.getFiles().get(0);
  }
}
