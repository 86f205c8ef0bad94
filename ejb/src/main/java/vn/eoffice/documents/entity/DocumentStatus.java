package vn.eoffice.documents.entity;

/**
 * Where a document stands. Incoming: registered, presented to a leader, in handling, handled.
 * Outgoing: a draft, in review by the head of unit, in approval by the signing leader, returned to
 * the drafter, approved, signed (digitally, by the leader), issued.
 */
public enum DocumentStatus {
  REGISTERED,
  PRESENTED,
  IN_HANDLING,
  HANDLED,
  DRAFT,
  IN_REVIEW,
  IN_APPROVAL,
  RETURNED,
  APPROVED,
  /** Approved and signed by the leader with a digital signature; waits for number and seal. */
  SIGNED,
  ISSUED,
  /**
   * An incoming document its sender recalled (thu hồi) and the clerk agreed: its handling stopped,
   * its files no longer shown, its record kept.
   */
  RECALLED;

  /** An outgoing document that has no number yet. */
  public boolean unissuedDraft() {
    return this == DRAFT
        || this == IN_REVIEW
        || this == IN_APPROVAL
        || this == RETURNED
        || this == APPROVED
        || this == SIGNED;
  }
}
