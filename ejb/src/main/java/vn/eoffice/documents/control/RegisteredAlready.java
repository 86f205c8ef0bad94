package vn.eoffice.documents.control;

import jakarta.ejb.ApplicationException;

/**
 * A registration was refused when it was written: the register holds the same issuer, số ký hiệu
 * and date this year, or an earlier registration of the same batch does, and the clerk had not
 * confirmed it. Nothing of it was saved and no number was used; the boundary looks the documents up
 * for the clerk's warning.
 */
@ApplicationException(rollback = true)
public class RegisteredAlready extends RuntimeException {

  private static final long serialVersionUID = 1L;

  RegisteredAlready() {
    super("the same issuer, số ký hiệu and date are registered already", null, false, false);
  }
}
