package vn.eoffice.signatures.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Map;
import vn.eoffice.platform.boundary.Violation;

/**
 * A signature or seal refused for what it is: a value that does not match the prepared data, a
 * certificate expired, revoked or not trusted, a leader's signature missing or invalid under the
 * seal. Rolls back: nothing is stored, no number is taken. The API answers 422 with the rule.
 */
@ApplicationException(rollback = true)
public class SignatureRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Violation violation;

  /**
   * @param rule e.g. {@code SignatureMismatch}; the bundle key {@code rule.<rule>} gives the text
   * @param message the English reason, with the details
   */
  public SignatureRefusedException(String rule, String message) {
    super(message);
    this.violation = new Violation("signature", rule, Map.of("reason", message), message);
  }

  public Violation violation() {
    return violation;
  }
}
