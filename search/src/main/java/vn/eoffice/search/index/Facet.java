package vn.eoffice.search.index;

import java.util.Locale;

/** The fields a result list is counted by and filtered on. */
public enum Facet {
  YEAR,
  TYPE,
  ISSUER,
  REGISTER,
  DIRECTION,
  URGENCY,
  STATUS;

  /** The name in requests and answers: {@code year}, {@code type}, … */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Facet of(String key) {
    for (Facet facet : values()) {
      if (facet.key().equals(key)) {
        return facet;
      }
    }
    throw new IllegalArgumentException(
        "unknown facet \""
            + key
            + "\"; known: year, type, issuer, register, direction, urgency,"
            + " status");
  }
}
