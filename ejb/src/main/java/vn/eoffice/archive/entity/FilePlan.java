package vn.eoffice.archive.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.eoffice.platform.entity.AgencyRecord;

/**
 * The file plan (danh mục hồ sơ) of one year: the files the agency's units will keep, drafted by
 * the archivist or the clerk and approved by the head of the agency at the start of the year.
 */
@Entity
@Table(name = "file_plan")
@NamedQuery(name = FilePlan.OF_YEAR, query = "SELECT p FROM FilePlan p WHERE p.year = :year")
@NamedQuery(name = FilePlan.ALL, query = "SELECT p FROM FilePlan p ORDER BY p.year DESC")
public class FilePlan extends AgencyRecord {

  public static final String OF_YEAR = "FilePlan.ofYear";
  public static final String ALL = "FilePlan.all";

  @Column(name = "plan_year", nullable = false, updatable = false)
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PlanState state = PlanState.DRAFT;

  @Column(name = "drafted_by", nullable = false, length = 64, updatable = false)
  private String draftedBy;

  @Column(name = "drafted_at", nullable = false, updatable = false)
  private Instant draftedAt;

  @Column(name = "approved_by", length = 64)
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("notation")
  private List<PlannedFile> files = new ArrayList<>();

  protected FilePlan() {}

  public FilePlan(int year, String draftedBy, Instant draftedAt) {
    this.year = year;
    this.draftedBy = draftedBy;
    this.draftedAt = draftedAt;
  }

  public PlannedFile plan(
      String notation, String title, Integer retentionYears, Long unitId, String responsible) {
    PlannedFile file = new PlannedFile(this, notation, title, retentionYears, unitId, responsible);
    files.add(file);
    return file;
  }

  public void drop(PlannedFile file) {
    files.remove(file);
  }

  public void approve(String by, Instant at) {
    state = PlanState.APPROVED;
    approvedBy = by;
    approvedAt = at;
  }

  public int getYear() {
    return year;
  }

  public PlanState getState() {
    return state;
  }

  public String getDraftedBy() {
    return draftedBy;
  }

  public Instant getDraftedAt() {
    return draftedAt;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public List<PlannedFile> getFiles() {
    return files;
  }
}
