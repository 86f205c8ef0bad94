package vn.eoffice.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The caller's role allows the operation, but not on this record (a unit leader asking for another
 * unit's figures). {@code kind} names the rule, so that the answer can explain it in the user's
 * language; the message says it in English for the log.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String kind;

  public AccessDeniedException(String kind, String whoMay) {
    super(whoMay);
    this.kind = kind;
  }

  public String kind() {
    return kind;
  }
}
