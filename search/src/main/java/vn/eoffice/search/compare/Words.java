package vn.eoffice.search.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reading text cut into words (Vietnamese syllables, numbers and số ký hiệu such as {@code
 * 15/QĐ-UBND} kept whole) and single punctuation marks, each knowing its paragraph and where it
 * stands in it. Words are compared by a key that ignores case and the typographer's variants of
 * quotes, dashes and ellipses.
 */
final class Words {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /**
   * One word or mark.
   *
   * @param paragraph its paragraph's index in the reading text
   * @param start its first character in the paragraph's text
   * @param end after its last character
   */
  record Word(String key, int paragraph, int start, int end) {}

  private Words() {}

  static List<Word> of(ReadingText text) {
    List<Word> words = new ArrayList<>();
    for (int p = 0; p < text.paragraphs().size(); p++) {
      String line = text.paragraphs().get(p).text();
      int i = 0;
      while (i < line.length()) {
        char c = line.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
          continue;
        }
        int end = i + 1;
        if (wordy(c)) {
          // Letters, marks and digits, joined by . / - when more of them follow (1.000, NĐ-CP).
          while (end < line.length()
              && (wordy(line.charAt(end))
                  || (JOINERS.indexOf(line.charAt(end)) >= 0
                      && end + 1 < line.length()
                      && wordy(line.charAt(end + 1))))) {
            end++;
          }
        }
        words.add(new Word(key(line.substring(i, end)), p, i, end));
        i = end;
      }
    }
    return words;
  }

  private static final String JOINERS = "./-";

  private static boolean wordy(char c) {
    return Character.isLetterOrDigit(c)
        || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK
        || Character.isSurrogate(c);
  }

  static String key(String token) {
    return switch (token) {
      case "“", "”", "„", "«", "»" -> "\"";
      case "‘", "’", "‚" -> "'";
      case "–", "—", "−" -> "-";
      default -> token.toLowerCase(VIETNAMESE);
    };
  }
}
