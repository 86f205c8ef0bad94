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
import java.util.Objects;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.organisation.entity.Unit;
import vn.eoffice.platform.entity.AgencyRecord;

/**
 * One line of the handling form (phiếu giải quyết): a person or a unit handles the document as lead
 * (chủ trì), co-handler (phối hợp) or receives it, by a deadline, on someone's instruction. A
 * unit's leader passes a unit's line on to persons of the unit: those lines have it as their
 * parent.
 */
@Entity
@Table(name = "assignment")
@NamedQuery(
    name = Assignment.OF_DOCUMENT,
    query = "SELECT a FROM Assignment a WHERE a.document = :document ORDER BY a.assignedAt, a.id")
@NamedQuery(
    name = Assignment.FOR_USER,
    query =
        "SELECT a FROM Assignment a LEFT JOIN a.assigneeUnit u WHERE a.assigneeUser = :username"
            + " OR u.id IN :units ORDER BY a.assignedAt DESC, a.id DESC")
@NamedQuery(
    name = Assignment.OPEN_WITH_DEADLINE,
    query =
        "SELECT a FROM Assignment a WHERE a.state IN :states AND a.deadline IS NOT NULL"
            + " AND a.deadline <= :until ORDER BY a.deadline, a.id")
public class Assignment extends AgencyRecord {

  public static final String OF_DOCUMENT = "Assignment.ofDocument";
  public static final String FOR_USER = "Assignment.forUser";
  public static final String OPEN_WITH_DEADLINE = "Assignment.openWithDeadline";

  @ManyToOne(optional = false)
  @JoinColumn(name = "document_id")
  private Document document;

  @ManyToOne
  @JoinColumn(name = "parent_id")
  private Assignment parent;

  @Enumerated(EnumType.STRING)
  @Column(name = "handling_role", nullable = false, length = 16)
  private HandlingRole role;

  @Column(name = "assignee_user", length = 64)
  private String assigneeUser;

  @ManyToOne
  @JoinColumn(name = "assignee_unit_id")
  private Unit assigneeUnit;

  @Column(name = "assigned_by", nullable = false, length = 64)
  private String assignedBy;

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt;

  @Column(length = 2000)
  private String instruction;

  private LocalDate deadline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private AssignmentState state = AssignmentState.NEW;

  @Enumerated(EnumType.STRING)
  @Column(name = "result_kind", length = 16)
  private ResultKind resultKind;

  @Column(name = "result_note", length = 2000)
  private String resultNote;

  @ManyToOne
  @JoinColumn(name = "result_document_id")
  private Document resultDocument;

  @Column(name = "finished_by", length = 64)
  private String finishedBy;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected Assignment() {}

  private Assignment(
      Document document,
      Assignment parent,
      HandlingRole role,
      String assigneeUser,
      Unit assigneeUnit,
      String assignedBy,
      Instant assignedAt,
      String instruction,
      LocalDate deadline) {
    this.document = Objects.requireNonNull(document);
    this.parent = parent;
    this.role = Objects.requireNonNull(role);
    this.assigneeUser = assigneeUser;
    this.assigneeUnit = assigneeUnit;
    this.assignedBy = Objects.requireNonNull(assignedBy);
    this.assignedAt = Objects.requireNonNull(assignedAt);
    this.instruction = instruction;
    this.deadline = deadline;
  }

  /** A line for a person. */
  public static Assignment toPerson(
      Document document,
      Assignment parent,
      HandlingRole role,
      String username,
      String assignedBy,
      Instant at,
      String instruction,
      LocalDate deadline) {
    return new Assignment(
        document, parent, role, username, null, assignedBy, at, instruction, deadline);
  }

  /** A line for a unit, which its leader passes on. */
  public static Assignment toUnit(
      Document document,
      HandlingRole role,
      Unit unit,
      String assignedBy,
      Instant at,
      String instruction,
      LocalDate deadline) {
    return new Assignment(document, null, role, null, unit, assignedBy, at, instruction, deadline);
  }

  /** The first progress report starts the work. */
  public void start() {
    if (state == AssignmentState.NEW) {
      state = AssignmentState.IN_PROGRESS;
    }
  }

  public void passOn() {
    state = AssignmentState.PASSED_ON;
  }

  public void finish(ResultKind kind, String note, Document reply, String by, Instant at) {
    this.state = AssignmentState.DONE;
    this.resultKind = kind;
    this.resultNote = note;
    this.resultDocument = reply;
    this.finishedBy = by;
    this.finishedAt = at;
  }

  public void extendTo(LocalDate newDeadline) {
    this.deadline = newDeadline;
  }

  /** Whether the deadline passed before the line was done (or, if open, before {@code today}). */
  public boolean overdue(LocalDate today) {
    if (deadline == null) {
      return false;
    }
    if (state == AssignmentState.DONE) {
      return finishedAt != null
          && finishedAt
              .atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
              .toLocalDate()
              .isAfter(deadline);
    }
    return state.open() && today.isAfter(deadline);
  }

  public Document getDocument() {
    return document;
  }

  public Assignment getParent() {
    return parent;
  }

  public HandlingRole getRole() {
    return role;
  }

  public String getAssigneeUser() {
    return assigneeUser;
  }

  public Unit getAssigneeUnit() {
    return assigneeUnit;
  }

  public String getAssignedBy() {
    return assignedBy;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }

  public String getInstruction() {
    return instruction;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public AssignmentState getState() {
    return state;
  }

  public ResultKind getResultKind() {
    return resultKind;
  }

  public String getResultNote() {
    return resultNote;
  }

  public Document getResultDocument() {
    return resultDocument;
  }

  public String getFinishedBy() {
    return finishedBy;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }
}
