package vn.eoffice.signing.agent;

import java.util.Optional;

/**
 * Asks the user, in the agent's own window or terminal (never in the web page), whether to sign and
 * for the token's PIN.
 */
public interface Confirmation {

  /** The PIN when the user agreed; empty when they declined. */
  Optional<char[]> confirm(SigningRequest request);
}
