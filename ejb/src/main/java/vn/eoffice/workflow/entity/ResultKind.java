package vn.eoffice.workflow.entity;

/** How handling ended: with a reply document, filed for reference, or otherwise (see the note). */
public enum ResultKind {
  REPLY,
  ARCHIVED,
  OTHER
}
