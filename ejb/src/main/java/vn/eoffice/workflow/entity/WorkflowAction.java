package vn.eoffice.workflow.entity;

/** What happened to a document, as its history tells it. */
public enum WorkflowAction {
  PRESENTED,
  INSTRUCTED,
  PASSED_ON,
  PROGRESS_REPORTED,
  HANDLING_FINISHED,
  EXTENSION_REQUESTED,
  EXTENSION_GRANTED,
  EXTENSION_REFUSED,
  SUBMITTED,
  APPROVED,
  RETURNED,
  SIGNED,
  ISSUED,
  SENT
}
