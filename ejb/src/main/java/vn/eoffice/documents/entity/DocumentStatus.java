package vn.eoffice.documents.entity;

/** Where a document stands. Incoming: registered; outgoing: a draft until it is issued. */
public enum DocumentStatus {
  REGISTERED,
  DRAFT,
  ISSUED
}
