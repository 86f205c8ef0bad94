package vn.eoffice.archive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.eoffice.platform.entity.AgencyRecord;

/** A file of the year's plan: notation, title, retention (null: permanent), unit, who keeps it. */
@Entity
@Table(name = "planned_file")
public class PlannedFile extends AgencyRecord {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id", nullable = false, updatable = false)
  private FilePlan plan;

  @Column(nullable = false, length = 20, updatable = false)
  private String notation;

  @Column(nullable = false, length = 500)
  private String title;

  @Column(name = "retention_years")
  private Integer retentionYears;

  @Column(name = "unit_id")
  private Long unitId;

  @Column(length = 64)
  private String responsible;

  protected PlannedFile() {}

  PlannedFile(
      FilePlan plan,
      String notation,
      String title,
      Integer retentionYears,
      Long unitId,
      String responsible) {
    belongsTo(plan.getAgencyId());
    this.plan = plan;
    this.notation = notation;
    this.title = title;
    this.retentionYears = retentionYears;
    this.unitId = unitId;
    this.responsible = responsible;
  }

  public FilePlan getPlan() {
    return plan;
  }

  public String getNotation() {
    return notation;
  }

  public String getTitle() {
    return title;
  }

  public Integer getRetentionYears() {
    return retentionYears;
  }

  public Long getUnitId() {
    return unitId;
  }

  public String getResponsible() {
    return responsible;
  }
}
