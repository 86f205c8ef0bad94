package vn.eoffice.exchange.entity;

/** Where an outgoing document stands with one electronic recipient, as its sender sees it. */
public enum RecipientState {
  /** Chosen on the draft; sent when the document is issued. */
  CHOSEN,
  /** On its way: in the outbox, not yet taken by the receiver. */
  SENDING,
  /** The receiver has it (its statuses follow). */
  DELIVERED,
  /** The receiver refused to take it, or the operator gave up; the reason is kept. */
  FAILED,
  /** The operator cancelled the send before it arrived. */
  CANCELLED
}
