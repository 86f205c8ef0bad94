package vn.eoffice.platform.control;

/** How the services clean text fields typed into forms. */
public final class Texts {

  private Texts() {}

  /** The text without surrounding blanks, or null when nothing is left: optional fields. */
  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
