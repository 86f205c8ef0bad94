package vn.eoffice.documents.boundary;

import jakarta.ejb.ApplicationException;

/** A file over the upload limit ({@code EOFFICE_UPLOAD_MAX_MB}); nothing of it was kept. */
@ApplicationException(rollback = true)
public class FileTooLargeException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final long limitBytes;

  public FileTooLargeException(long limitBytes) {
    super("The file is larger than the limit of " + limitBytes + " bytes");
    this.limitBytes = limitBytes;
  }

  public long limitBytes() {
    return limitBytes;
  }
}
