package vn.eoffice.signing;

/**
 * A signature that must not be made or completed; {@code reason} names the rule (for the user's
 * message), the message explains it in English.
 */
public class SigningRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    /** The signer's certificate is not valid at the signing time (expired or not yet valid). */
    CERTIFICATE_NOT_VALID,
    /** The signature value does not verify with the certificate over the prepared data. */
    SIGNATURE_MISMATCH,
    /** The certificate chain sent is empty or cannot be read. */
    CHAIN_INVALID,
    /** The seal goes only on a document the leader has signed; this one has no signature. */
    LEADER_SIGNATURE_MISSING,
    /** A signature on the document does not validate. */
    LEADER_SIGNATURE_INVALID
  }

  private final Reason reason;

  public SigningRefusedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
