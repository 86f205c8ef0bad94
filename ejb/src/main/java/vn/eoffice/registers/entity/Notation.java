package vn.eoffice.registers.entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Số, ký hiệu of an outgoing document (Decree 30/2020, Phụ lục I, part I.4): the number, with a
 * leading zero below 10, then {@code /}, then the groups of the symbol joined by {@code -} without
 * spaces: type, issuer and optionally the drafting unit ({@code 15/QĐ-UBND}, {@code
 * 07/KH-UBND-VHXH}); a công văn, which has no type, shows issuer and drafting unit ({@code
 * 05/UBND-VP}).
 */
public record Notation(String text) {

  public Notation {
    if (text == null || text.isBlank() || text.contains(" ")) {
      throw new IllegalArgumentException("Not a số ký hiệu: " + text);
    }
  }

  /**
   * @param typeAbbreviation null for công văn and thư công
   * @param unitAbbreviation the drafting unit, or null to leave it out
   */
  public static Notation compose(
      int number, String typeAbbreviation, String issuerAbbreviation, String unitAbbreviation) {
    if (number < 1) {
      throw new IllegalArgumentException("Numbers start at 1: " + number);
    }
    StringBuilder symbol = new StringBuilder();
    if (typeAbbreviation != null) {
      symbol.append(typeAbbreviation).append('-');
    }
    symbol.append(issuerAbbreviation);
    if (unitAbbreviation != null) {
      symbol.append('-').append(unitAbbreviation);
    }
    return new Notation(String.format(Locale.ROOT, "%02d/%s", number, symbol));
  }

  /** The form compared for uniqueness: NFC, upper case. */
  public String key() {
    return comparable(text);
  }

  public static String comparable(String notation) {
    return Normalizer.normalize(notation.strip(), Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return text;
  }
}
