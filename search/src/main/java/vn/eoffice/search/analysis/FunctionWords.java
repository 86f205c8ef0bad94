package vn.eoffice.search.analysis;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Vietnamese function words (hư từ): the syllables that tie a question or a sentence together but
 * say nothing of what it is about — của, là, được, có, các, những, và, cho, trong, … — and the
 * question words (gì, nào, bao nhiêu). A search does not demand them of a document; they still
 * count a little in the ranking, as every word does.
 *
 * <p>Decided on the syllable as typed: with its diacritics it is looked up among the function words
 * as written ({@code từ} is one, {@code tư} of {@code tư pháp} is not); typed without any, it is
 * one only when its bare letters are almost always a function word ({@code cua}, {@code duoc}), not
 * when they are as often a word of meaning ({@code tai}: tại, tài sản).
 */
public final class FunctionWords {

  private static final Set<String> WRITTEN =
      Set.of(
          "của", "là", "được", "có", "các", "những", "và", "cho", "trong", "về", "với", "thì", "mà",
          "này", "đó", "kia", "ấy", "khi", "để", "theo", "từ", "tại", "bị", "do", "bởi", "nào",
          "gì", "ai", "đâu", "sao", "bao", "nhiêu", "mấy", "không", "chưa", "một", "như", "hay",
          "hoặc", "sẽ", "đã", "đang", "nếu", "vì", "nhưng", "cũng", "rất", "nên", "vậy", "thế",
          "hãy", "lại", "mỗi", "mọi", "đều", "thuộc", "trên", "dưới", "sau", "trước", "cần", "phải",
          "bằng", "qua", "hơn", "nhất", "gồm", "tôi", "em", "anh", "chị", "ông", "bà", "mình",
          "họ");

  /**
   * Typed without diacritics, the bare letters of function words that rarely mean anything else.
   */
  private static final Set<String> BARE =
      Set.of(
          "cua", "la", "duoc", "cac", "nhung", "va", "cho", "trong", "voi", "thi", "nay", "khi",
          "theo", "nao", "gi", "khong", "mot", "hoac", "neu", "bao", "nhieu", "nhu", "cung", "hay",
          "vay", "the", "moi", "deu", "hon", "nhat", "toi");

  private FunctionWords() {}

  /** Whether this word, as typed (one syllable, punctuation around it allowed), is one. */
  public static boolean is(String typed) {
    String word =
        Normalizer.normalize(typed, Normalizer.Form.NFC)
            .toLowerCase(Locale.ROOT)
            .replaceAll("^[\\p{Punct}\\p{IsPunctuation}]+|[\\p{Punct}\\p{IsPunctuation}]+$", "");
    if (word.isEmpty()) {
      return false;
    }
    if (WRITTEN.contains(word)) {
      return true;
    }
    return word.chars().allMatch(c -> c < 128) && BARE.contains(word);
  }
}
