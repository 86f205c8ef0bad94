package vn.eoffice.search.analysis;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Số ký hiệu as a key: {@code 15/QĐ-UBND}, {@code 15/qd-ubnd} and {@code 15 / QĐ - UBND} are the
 * same key, so that the one typed finds exactly the document that bears it.
 */
public final class Notations {

  /** A number, a slash and letters, digits, dashes or more slashes: 15/QĐ-UBND, 123/2020/NĐ-CP. */
  private static final Pattern NOTATION =
      Pattern.compile("\\d+[\\p{L}\\d]*\\s*/\\s*[\\p{L}\\d][\\p{L}\\d.&/\\-\\s]*");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Notations() {}

  public static boolean looksLikeNotation(String text) {
    return text != null && NOTATION.matcher(text.strip()).matches();
  }

  /** Uppercase, no diacritics (Đ → D), no spaces. */
  public static String key(String notation) {
    String decomposed = Normalizer.normalize(notation.strip(), Normalizer.Form.NFD);
    return MARKS
        .matcher(decomposed)
        .replaceAll("")
        .replace('đ', 'd')
        .replace('Đ', 'D')
        .replaceAll("\\s+", "")
        .toUpperCase(Locale.ROOT);
  }
}
