package vn.eoffice.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The caller's role allows the operation, but not on this record (a unit leader asking for another
 * unit's figures). The message says who may.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String whoMay) {
    super(whoMay);
  }
}
