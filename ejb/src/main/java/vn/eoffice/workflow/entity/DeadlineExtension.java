package vn.eoffice.workflow.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.eoffice.platform.entity.AgencyRecord;

/** A handler asks for a later deadline; whoever assigned the line grants or refuses it. */
@Entity
@Table(name = "deadline_extension")
@NamedQuery(
    name = DeadlineExtension.OF_DOCUMENT,
    query =
        "SELECT e FROM DeadlineExtension e WHERE e.assignment.document.id = :documentId"
            + " ORDER BY e.requestedAt, e.id")
public class DeadlineExtension extends AgencyRecord {

  public static final String OF_DOCUMENT = "DeadlineExtension.ofDocument";

  @ManyToOne(optional = false)
  @JoinColumn(name = "assignment_id")
  private Assignment assignment;

  @Column(name = "requested_by", nullable = false, length = 64)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "previous_deadline")
  private LocalDate previousDeadline;

  @Column(name = "requested_deadline", nullable = false)
  private LocalDate requestedDeadline;

  @Column(nullable = false, length = 2000)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ExtensionState state = ExtensionState.REQUESTED;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_note", length = 2000)
  private String decisionNote;

  protected DeadlineExtension() {}

  public DeadlineExtension(
      Assignment assignment,
      String requestedBy,
      Instant requestedAt,
      LocalDate requestedDeadline,
      String reason) {
    this.assignment = assignment;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
    this.previousDeadline = assignment.getDeadline();
    this.requestedDeadline = requestedDeadline;
    this.reason = reason;
  }

  public void decide(boolean grant, String by, Instant at, String note) {
    this.state = grant ? ExtensionState.GRANTED : ExtensionState.REFUSED;
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionNote = note;
    if (grant) {
      assignment.extendTo(requestedDeadline);
    }
  }

  public Assignment getAssignment() {
    return assignment;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public LocalDate getPreviousDeadline() {
    return previousDeadline;
  }

  public LocalDate getRequestedDeadline() {
    return requestedDeadline;
  }

  public String getReason() {
    return reason;
  }

  public ExtensionState getState() {
    return state;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionNote() {
    return decisionNote;
  }
}
