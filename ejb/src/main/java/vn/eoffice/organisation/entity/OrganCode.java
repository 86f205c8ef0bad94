package vn.eoffice.organisation.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Mã định danh: an agency's code on the national document exchange (Decision 20/2020/QĐ-TTg, the
 * level-1 letters revised by Decision 09/2025/QĐ-TTg). Thirteen characters, {@code
 * V1V2V3.Z1Z2.Y1Y2.MX1X2}, read from the right: level 1 is a letter and two digits ({@code G22} the
 * Government Office, {@code H41} a provincial People's Committee, {@code K…} a provincial People's
 * Council), then two digits for level 2, two for level 3 and three for level 4, zeros where the
 * agency sits higher. {@code 000.00.00.H41} is the province's People's Committee itself, {@code
 * 000.00.07.H41} an agency of level 2 under it, {@code 000.05.07.H41} one of level 3 under that.
 */
public record OrganCode(String text) {

  private static final Pattern FORM = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");

  /** What a code looks like, for messages. */
  public static final String FORMAT = "000.00.00.H41";

  public OrganCode {
    String problem = problem(text);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** The code typed, spaces around it ignored and its letter in upper case. */
  public static OrganCode parse(String typed) {
    return new OrganCode(typed == null ? null : typed.strip().toUpperCase(Locale.ROOT));
  }

  /**
   * What is wrong with this text as a code, in a sentence that says what is allowed; null when it
   * is a code.
   */
  public static String problem(String text) {
    if (text == null || !FORM.matcher(text).matches()) {
      return "a mã định danh has 13 characters, three digits, two, two, then a letter and two"
          + " digits, separated by dots, e.g. "
          + FORMAT
          + "; not "
          + (text == null ? "nothing" : "\"" + text + "\"");
    }
    // A level is used only under the level below it: 000.05.00.H41 names no agency.
    String[] parts = text.split("\\.");
    boolean unused = false;
    for (int level = 2; level <= 4; level++) {
      boolean zero = Integer.parseInt(parts[index(level)]) == 0;
      if (!zero && unused) {
        return "in "
            + text
            + " level "
            + level
            + " is used while level "
            + (level - 1)
            + " is 000/00: each level sits under the one to its right";
      }
      unused |= zero;
    }
    return null;
  }

  /** 1 for an agency of level 1 (e.g. the provincial People's Committee), up to 4. */
  public int level() {
    String[] parts = text.split("\\.");
    for (int level = 4; level >= 2; level--) {
      if (Integer.parseInt(parts[index(level)]) != 0) {
        return level;
      }
    }
    return 1;
  }

  /** The code of the agency one level up; empty for an agency of level 1. */
  public Optional<OrganCode> parent() {
    int level = level();
    if (level == 1) {
      return Optional.empty();
    }
    String[] parts = text.split("\\.");
    parts[index(level)] = "0".repeat(parts[index(level)].length());
    return Optional.of(new OrganCode(String.join(".", parts)));
  }

  /** Whether this agency sits under {@code other}, at any depth. */
  public boolean isUnder(OrganCode other) {
    for (Optional<OrganCode> up = parent(); up.isPresent(); up = up.get().parent()) {
      if (up.get().equals(other)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the digits of level 2, 3 or 4 stand among the code's parts: levels 4, 3, 2 come first.
   */
  private static int index(int level) {
    return 4 - level;
  }

  @Override
  public String toString() {
    return text;
  }
}
