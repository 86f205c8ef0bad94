package vn.eoffice.platform.boundary;

import jakarta.ejb.ApplicationException;

/** The record asked for does not exist (or the caller may not know that it exists). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " does not exist");
  }
}
