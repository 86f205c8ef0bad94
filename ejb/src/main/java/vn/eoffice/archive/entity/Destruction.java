package vn.eoffice.archive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.eoffice.platform.entity.AgencyRecord;

/**
 * The destruction of files whose retention has run out: proposed by the archivist, approved with
 * the number and date of the council's decision, carried out with its record (biên bản).
 */
@Entity
@Table(name = "destruction")
@NamedQuery(
    name = Destruction.ALL,
    query = "SELECT d FROM Destruction d ORDER BY d.proposedAt DESC")
public class Destruction extends AgencyRecord {

  public static final String ALL = "Destruction.all";

  /** Where a destruction stands. */
  public enum State {
    PROPOSED,
    APPROVED,
    CARRIED_OUT
  }

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private State state = State.PROPOSED;

  @Column(name = "proposed_by", nullable = false, length = 64, updatable = false)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false, updatable = false)
  private Instant proposedAt;

  @Column(length = 100)
  private String decision;

  @Column(name = "decision_date")
  private LocalDate decisionDate;

  @Column(length = 2000)
  private String council;

  @Column(name = "approved_by", length = 64)
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "carried_out_by", length = 64)
  private String carriedOutBy;

  @Column(name = "carried_out_at")
  private Instant carriedOutAt;

  @Column(length = 20000)
  private String record;

  @ManyToMany
  @JoinTable(
      name = "destruction_file",
      joinColumns = @JoinColumn(name = "destruction_id"),
      inverseJoinColumns = @JoinColumn(name = "case_file_id"))
  private List<CaseFile> files = new ArrayList<>();

  protected Destruction() {}

  public Destruction(List<CaseFile> files, String by, Instant at) {
    this.files.addAll(files);
    this.proposedBy = by;
    this.proposedAt = at;
  }

  public void approve(
      String decision, LocalDate decisionDate, String council, String by, Instant at) {
    this.state = State.APPROVED;
    this.decision = decision;
    this.decisionDate = decisionDate;
    this.council = council;
    this.approvedBy = by;
    this.approvedAt = at;
  }

  public void carriedOut(String record, String by, Instant at) {
    this.state = State.CARRIED_OUT;
    this.record = record;
    this.carriedOutBy = by;
    this.carriedOutAt = at;
  }

  public State getState() {
    return state;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public String getDecision() {
    return decision;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public String getCouncil() {
    return council;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public String getCarriedOutBy() {
    return carriedOutBy;
  }

  public Instant getCarriedOutAt() {
    return carriedOutAt;
  }

  public String getRecord() {
    return record;
  }

  public List<CaseFile> getFiles() {
    return files;
  }
}
