package vn.eoffice.workflow.boundary;

import java.time.Instant;
import vn.eoffice.workflow.entity.WorkflowEvent;

/** One step of a document's history. */
public record WorkflowEventView(
    long id,
    String actor,
    Instant occurredAt,
    String action,
    String fromStatus,
    String toStatus,
    String target,
    String comment,
    String fileSha256,
    Integer fileVersion) {

  public static WorkflowEventView of(WorkflowEvent e) {
    return new WorkflowEventView(
        e.getId(),
        e.getActor(),
        e.getOccurredAt(),
        e.getAction().name(),
        e.getFromStatus() == null ? null : e.getFromStatus().name(),
        e.getToStatus() == null ? null : e.getToStatus().name(),
        e.getTarget(),
        e.getComment(),
        e.getFileSha256(),
        e.getFileVersion());
  }
}
