package vn.eoffice.edxml;

/**
 * An agency as edXML names it ({@code From}, {@code To}): its organ code (Decision 20/2020) and
 * name, the rest optional.
 */
public record Organ(
    String organId,
    String organizationInCharge,
    String organName,
    String organAdd,
    String email,
    String telephone,
    String fax,
    String website) {

  public Organ {
    if (organId == null || organId.isBlank()) {
      throw new IllegalArgumentException("an organ needs its code (OrganId)");
    }
  }

  /** An agency known by its code and name only. */
  public static Organ of(String organId, String organName) {
    return new Organ(organId, organName, organName, null, null, null, null, null);
  }
}
