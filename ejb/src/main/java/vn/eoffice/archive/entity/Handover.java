package vn.eoffice.archive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.eoffice.platform.entity.AgencyRecord;

/** One hand-over of a case file to the current archive, and the archivist's decision on it. */
@Entity
@Table(name = "case_file_handover")
public class Handover extends AgencyRecord {

  /** What the archivist decided. */
  public enum Outcome {
    ACCEPTED,
    RETURNED
  }

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_file_id", nullable = false, updatable = false)
  private CaseFile caseFile;

  @Column(name = "submitted_by", nullable = false, length = 64, updatable = false)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private Instant submittedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Outcome outcome;

  @Column(length = 1000)
  private String reason;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected Handover() {}

  Handover(CaseFile caseFile, String by, Instant at) {
    belongsTo(caseFile.getAgencyId());
    this.caseFile = caseFile;
    this.submittedBy = by;
    this.submittedAt = at;
  }

  void decided(Outcome outcome, String reason, String by, Instant at) {
    this.outcome = outcome;
    this.reason = reason;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getReason() {
    return reason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
