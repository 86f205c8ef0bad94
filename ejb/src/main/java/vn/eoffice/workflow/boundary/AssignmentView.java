package vn.eoffice.workflow.boundary;

import java.time.Instant;
import java.time.LocalDate;
import vn.eoffice.workflow.entity.Assignment;

/** A line of the handling form. */
public record AssignmentView(
    long id,
    long documentId,
    Long parentId,
    String role,
    String assigneeUser,
    Long assigneeUnitId,
    String assigneeUnitName,
    String assignedBy,
    Instant assignedAt,
    String instruction,
    LocalDate deadline,
    String state,
    boolean overdue,
    String resultKind,
    String resultNote,
    Long resultDocumentId,
    String finishedBy,
    Instant finishedAt) {

  public static AssignmentView of(Assignment a, LocalDate today) {
    return new AssignmentView(
        a.getId(),
        a.getDocument().getId(),
        a.getParent() == null ? null : a.getParent().getId(),
        a.getRole().name(),
        a.getAssigneeUser(),
        a.getAssigneeUnit() == null ? null : a.getAssigneeUnit().getId(),
        a.getAssigneeUnit() == null ? null : a.getAssigneeUnit().getName(),
        a.getAssignedBy(),
        a.getAssignedAt(),
        a.getInstruction(),
        a.getDeadline(),
        a.getState().name(),
        a.overdue(today),
        a.getResultKind() == null ? null : a.getResultKind().name(),
        a.getResultNote(),
        a.getResultDocument() == null ? null : a.getResultDocument().getId(),
        a.getFinishedBy(),
        a.getFinishedAt());
  }
}
