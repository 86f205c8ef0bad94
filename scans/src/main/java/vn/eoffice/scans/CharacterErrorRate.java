package vn.eoffice.scans;

import java.text.Normalizer;

/**
 * The character error rate of a recognised text: the edits (insertions, deletions, substitutions,
 * Levenshtein) that turn the known text into the recognised one, over the known text's length. Both
 * are compared in Unicode NFC with every run of white space as one space, so that line breaks and
 * the layout's spacing do not count, letters and marks do.
 */
public record CharacterErrorRate(long edits, long length) {

  public static CharacterErrorRate of(String known, String recognised) {
    String a = normal(known);
    String b = normal(recognised);
    return new CharacterErrorRate(distance(a, b), a.length());
  }

  /** The sum of several pages': their edits over their lengths. */
  public CharacterErrorRate plus(CharacterErrorRate other) {
    return new CharacterErrorRate(edits + other.edits, length + other.length);
  }

  public double rate() {
    return length == 0 ? 0 : (double) edits / length;
  }

  @Override
  public String toString() {
    return String.format("%.2f %% (%d edits in %d characters)", 100 * rate(), edits, length);
  }

  static String normal(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .replaceAll("[.…_·]{3,}[\\s.…_·]*", "… ")
        .replaceAll("\\s+", " ")
        .strip();
  }

  static long distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
