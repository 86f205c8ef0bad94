package vn.eoffice.workflow.entity;

/** New, in progress, passed on to persons of the unit, or done. */
public enum AssignmentState {
  NEW,
  IN_PROGRESS,
  PASSED_ON,
  DONE;

  public boolean open() {
    return this == NEW || this == IN_PROGRESS;
  }
}
