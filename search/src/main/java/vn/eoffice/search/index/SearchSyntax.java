package vn.eoffice.search.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.eoffice.search.analysis.Notations;

/**
 * The search box's syntax: words, {@code "phrases"}, {@code -excluded} words or phrases and {@code
 * field:value} (or {@code field:"several words"}). The fields have Vietnamese names typed without
 * diacritics and English ones:
 *
 * <ul>
 *   <li>{@code so:} / {@code notation:} số ký hiệu (exact); {@code nam:} / {@code year:}
 *   <li>{@code loai:} / {@code type:}, {@code coquan:} / {@code issuer:}, {@code nguoiky:} / {@code
 *       signer:}, {@code trichyeu:} / {@code subject:}, {@code noidung:} / {@code content:}, {@code
 *       xuly:} / {@code handler:}
 *   <li>{@code huong:} {@code den} or {@code di} / {@code direction:}, {@code trangthai:} / {@code
 *       status:}
 * </ul>
 *
 * A word that looks like a số ký hiệu ({@code 15/QĐ-UBND}) is taken as one. An unknown field name
 * is read as an ordinary word. Unbalanced quotes end at the end of the text: nothing typed is an
 * error.
 */
public final class SearchSyntax {

  /** What a field clause searches. */
  public enum Field {
    NOTATION,
    YEAR,
    TYPE,
    ISSUER,
    SIGNER,
    SUBJECT,
    CONTENT,
    HANDLER,
    DIRECTION,
    STATUS
  }

  private static final Map<String, Field> FIELDS =
      Map.ofEntries(
          Map.entry("so", Field.NOTATION),
          Map.entry("sokyhieu", Field.NOTATION),
          Map.entry("notation", Field.NOTATION),
          Map.entry("nam", Field.YEAR),
          Map.entry("year", Field.YEAR),
          Map.entry("loai", Field.TYPE),
          Map.entry("type", Field.TYPE),
          Map.entry("coquan", Field.ISSUER),
          Map.entry("noigui", Field.ISSUER),
          Map.entry("issuer", Field.ISSUER),
          Map.entry("nguoiky", Field.SIGNER),
          Map.entry("signer", Field.SIGNER),
          Map.entry("trichyeu", Field.SUBJECT),
          Map.entry("subject", Field.SUBJECT),
          Map.entry("noidung", Field.CONTENT),
          Map.entry("content", Field.CONTENT),
          Map.entry("xuly", Field.HANDLER),
          Map.entry("handler", Field.HANDLER),
          Map.entry("huong", Field.DIRECTION),
          Map.entry("direction", Field.DIRECTION),
          Map.entry("trangthai", Field.STATUS),
          Map.entry("status", Field.STATUS));

  /** One part of the query. */
  public sealed interface Clause permits Word, Phrase, FieldValue, Notation {
    String text();

    boolean excluded();
  }

  public record Word(String text, boolean excluded) implements Clause {}

  public record Phrase(String text, boolean excluded) implements Clause {}

  public record FieldValue(Field field, String text, boolean excluded) implements Clause {}

  public record Notation(String text, boolean excluded) implements Clause {}

  private SearchSyntax() {}

  public static List<Clause> parse(String input) {
    List<Clause> clauses = new ArrayList<>();
    String text = input == null ? "" : input;
    int i = 0;
    while (i < text.length()) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      boolean excluded = false;
      if (text.charAt(i) == '-'
          && i + 1 < text.length()
          && !Character.isWhitespace(text.charAt(i + 1))) {
        excluded = true;
        i++;
      }
      if (text.charAt(i) == '"') {
        int end = closingQuote(text, i + 1);
        add(clauses, new Phrase(text.substring(i + 1, end).strip(), excluded));
        i = Math.min(end + 1, text.length());
        continue;
      }
      int end = i;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      String token = text.substring(i, end);
      int colon = token.indexOf(':');
      Field field =
          colon > 0 ? FIELDS.get(token.substring(0, colon).toLowerCase(Locale.ROOT)) : null;
      if (field != null) {
        String value = token.substring(colon + 1);
        if (value.startsWith("\"")) {
          int close = closingQuote(text, i + colon + 2);
          value = text.substring(i + colon + 2, close);
          end = Math.min(close + 1, text.length());
        }
        if (!value.isBlank()) {
          add(clauses, new FieldValue(field, value.strip(), excluded));
        }
      } else if (Notations.looksLikeNotation(token)) {
        add(clauses, new Notation(token, excluded));
      } else {
        add(clauses, new Word(token, excluded));
      }
      i = end;
    }
    return clauses;
  }

  private static int closingQuote(String text, int from) {
    int close = text.indexOf('"', from);
    return close < 0 ? text.length() : close;
  }

  private static void add(List<Clause> clauses, Clause clause) {
    if (!clause.text().isBlank()) {
      clauses.add(clause);
    }
  }
}
