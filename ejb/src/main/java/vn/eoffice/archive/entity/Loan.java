package vn.eoffice.archive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.eoffice.platform.entity.AgencyRecord;

/**
 * A borrowing (khai thác) of a file in the archive: asked with its purpose, approved by the head
 * until a date or refused with the reason.
 */
@Entity
@Table(name = "case_file_loan")
@NamedQuery(
    name = Loan.OF_FILE_AND_BORROWER,
    query =
        "SELECT l FROM Loan l WHERE l.caseFile.id = :fileId AND l.borrower = :borrower"
            + " ORDER BY l.requestedAt DESC")
@NamedQuery(
    name = Loan.IN_STATE,
    query = "SELECT l FROM Loan l WHERE l.state = :state ORDER BY l.requestedAt")
@NamedQuery(
    name = Loan.OF_BORROWER,
    query = "SELECT l FROM Loan l WHERE l.borrower = :borrower ORDER BY l.requestedAt DESC")
public class Loan extends AgencyRecord {

  public static final String OF_FILE_AND_BORROWER = "Loan.ofFileAndBorrower";
  public static final String IN_STATE = "Loan.inState";
  public static final String OF_BORROWER = "Loan.ofBorrower";

  /** Where a borrowing stands. */
  public enum State {
    REQUESTED,
    APPROVED,
    REFUSED
  }

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_file_id", nullable = false, updatable = false)
  private CaseFile caseFile;

  @Column(nullable = false, length = 64, updatable = false)
  private String borrower;

  @Column(nullable = false, length = 1000, updatable = false)
  private String purpose;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private State state = State.REQUESTED;

  @Column(name = "until_date")
  private LocalDate until;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(length = 1000)
  private String refusal;

  protected Loan() {}

  public Loan(CaseFile caseFile, String borrower, String purpose, Instant at) {
    belongsTo(caseFile.getAgencyId());
    this.caseFile = caseFile;
    this.borrower = borrower;
    this.purpose = purpose;
    this.requestedAt = at;
  }

  public void approve(LocalDate until, String by, Instant at) {
    this.state = State.APPROVED;
    this.until = until;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  public void refuse(String reason, String by, Instant at) {
    this.state = State.REFUSED;
    this.refusal = reason;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  /** Whether it lets its borrower read the file on that day. */
  public boolean opensOn(LocalDate day) {
    return state == State.APPROVED && !day.isAfter(until);
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public String getBorrower() {
    return borrower;
  }

  public String getPurpose() {
    return purpose;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public State getState() {
    return state;
  }

  public LocalDate getUntil() {
    return until;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getRefusal() {
    return refusal;
  }
}
