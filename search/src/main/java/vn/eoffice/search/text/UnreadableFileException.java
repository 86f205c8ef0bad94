package vn.eoffice.search.text;

/** A file whose text cannot be read: damaged, or not the kind of file it claims to be. */
public class UnreadableFileException extends RuntimeException {

  public UnreadableFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
