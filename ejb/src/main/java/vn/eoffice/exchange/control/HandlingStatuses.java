package vn.eoffice.exchange.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentStatus;
import vn.eoffice.edxml.StatusMessage;
import vn.eoffice.exchange.entity.ReceivedPackage;
import vn.eoffice.registers.entity.Direction;
import vn.eoffice.workflow.control.WorkflowRecorded;
import vn.eoffice.workflow.entity.WorkflowEvent;

/**
 * The later steps of a document received electronically report themselves to its sender, as Decree
 * 30 asks: a leader's assignment (04), handling in progress (05), done (06), each with its time,
 * who and the handling unit. In the step's own transaction.
 */
@ApplicationScoped
public class HandlingStatuses {

  @PersistenceContext EntityManager em;
  @Inject Statuses statuses;

  void recorded(@Observes WorkflowRecorded recorded) {
    Document document = recorded.document();
    if (document.getDirection() != Direction.INCOMING) {
      return;
    }
    WorkflowEvent event = recorded.event();
    StatusMessage.Code code;
    String description;
    switch (event.getAction()) {
      case INSTRUCTED -> {
        code = StatusMessage.Code.ASSIGNED;
        description = "Lãnh đạo đã giao xử lý: " + orEmpty(event.getTarget());
      }
      case PASSED_ON, PROGRESS_REPORTED -> {
        code = StatusMessage.Code.IN_PROGRESS;
        description = "Đang xử lý" + (event.getComment() == null ? "" : ": " + event.getComment());
      }
      case HANDLING_FINISHED -> {
        if (document.getStatus() != DocumentStatus.HANDLED) {
          return; // a co-handler finished their part; the lead's finish ends the handling
        }
        code = StatusMessage.Code.DONE;
        description =
            "Đã xử lý xong" + (event.getComment() == null ? "" : ": " + event.getComment());
      }
      default -> {
        return;
      }
    }
    List<ReceivedPackage> packages =
        em.createNamedQuery(ReceivedPackage.OF_DOCUMENT, ReceivedPackage.class)
            .setParameter("documentId", document.getId())
            .getResultList();
    if (packages.isEmpty()) {
      return;
    }
    for (ReceivedPackage pack : packages) {
      statuses.report(pack, code, description, event.getActor(), event.getOccurredAt());
    }
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
