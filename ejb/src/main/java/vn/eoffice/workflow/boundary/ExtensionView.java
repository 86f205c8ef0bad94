package vn.eoffice.workflow.boundary;

import java.time.Instant;
import java.time.LocalDate;
import vn.eoffice.workflow.entity.DeadlineExtension;

/** A deadline extension request and its decision. */
public record ExtensionView(
    long id,
    long assignmentId,
    String requestedBy,
    Instant requestedAt,
    LocalDate previousDeadline,
    LocalDate requestedDeadline,
    String reason,
    String state,
    String decidedBy,
    Instant decidedAt,
    String decisionNote) {

  public static ExtensionView of(DeadlineExtension e) {
    return new ExtensionView(
        e.getId(),
        e.getAssignment().getId(),
        e.getRequestedBy(),
        e.getRequestedAt(),
        e.getPreviousDeadline(),
        e.getRequestedDeadline(),
        e.getReason(),
        e.getState().name(),
        e.getDecidedBy(),
        e.getDecidedAt(),
        e.getDecisionNote());
  }
}
