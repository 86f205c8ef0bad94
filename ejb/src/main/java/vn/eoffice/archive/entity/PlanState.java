package vn.eoffice.archive.entity;

/** A file plan is drafted, then approved by the head of the agency; approved, it is fixed. */
public enum PlanState {
  DRAFT,
  APPROVED
}
