package vn.eoffice.archive.boundary;

import java.time.Instant;
import java.util.List;
import vn.eoffice.archive.entity.FilePlan;
import vn.eoffice.archive.entity.PlanState;
import vn.eoffice.archive.entity.PlannedFile;

/** A year's file plan with its planned files. */
public record FilePlanView(
    int year,
    PlanState state,
    String draftedBy,
    Instant draftedAt,
    String approvedBy,
    Instant approvedAt,
    List<Planned> files) {

  /** A planned file; retention null with {@code permanent} for vĩnh viễn. */
  public record Planned(
      long id,
      String notation,
      String title,
      Integer retentionYears,
      boolean permanent,
      Long unitId,
      String responsible) {

    static Planned of(PlannedFile f) {
      return new Planned(
          f.getId(),
          f.getNotation(),
          f.getTitle(),
          f.getRetentionYears(),
          f.getRetentionYears() == null,
          f.getUnitId(),
          f.getResponsible());
    }
  }

  static FilePlanView of(FilePlan plan) {
    return new FilePlanView(
        plan.getYear(),
        plan.getState(),
        plan.getDraftedBy(),
        plan.getDraftedAt(),
        plan.getApprovedBy(),
        plan.getApprovedAt(),
        plan.getFiles().stream().map(Planned::of).toList());
  }
}
