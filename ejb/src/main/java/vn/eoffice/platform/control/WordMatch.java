package vn.eoffice.platform.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Whether a short text holds every word asked, with or without Vietnamese diacritics ("noi vu"
 * finds "Sở Nội vụ", "đất" finds "Dat"): for lists small enough to look through (the exchange
 * directory, the archive's catalogue), where the search index is not needed.
 */
public final class WordMatch {

  private final String[] words;

  private WordMatch(String asked) {
    this.words = fold(asked == null ? "" : asked).split("\\s+");
  }

  public static WordMatch of(String asked) {
    return new WordMatch(asked);
  }

  /** True when every word asked is in one of the texts (a null text is left out). */
  public boolean in(String... texts) {
    StringBuilder all = new StringBuilder();
    for (String text : texts) {
      if (text != null) {
        all.append(' ').append(text);
      }
    }
    String haystack = fold(all.toString());
    for (String word : words) {
      if (!word.isEmpty() && !haystack.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** Lower case, without diacritics, đ as d. */
  public static String fold(String text) {
    return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }
}
