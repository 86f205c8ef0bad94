package vn.eoffice.workflow.entity;

/** A deadline extension request and its decision. */
public enum ExtensionState {
  REQUESTED,
  GRANTED,
  REFUSED
}
