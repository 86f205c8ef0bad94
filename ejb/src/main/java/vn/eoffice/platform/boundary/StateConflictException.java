package vn.eoffice.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * A step the record's present state does not allow: approving a draft not submitted to you, issuing
 * an unapproved draft, finishing a line that is done. Rolls back; the API answers 409 with the rule
 * that was broken and a reason the user can read.
 */
@ApplicationException(rollback = true)
public class StateConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Violation violation;

  /**
   * @param rule the rule's name, e.g. {@code NotAwaitingYou}; the bundle key {@code rule.<rule>}
   *     gives the reader's text
   * @param state the present state, shown in the text as {state}
   * @param message the English reason
   */
  public StateConflictException(String rule, Object state, String message) {
    super(message);
    this.violation = new Violation("status", rule, Map.of("state", String.valueOf(state)), message);
  }

  /** A conflict whose text needs more than the state (the rule's parameters). */
  public StateConflictException(Violation violation) {
    super(violation.message());
    this.violation = violation;
  }

  public Violation violation() {
    return violation;
  }
}
