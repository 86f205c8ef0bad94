package vn.eoffice.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class VietnameseAnalyzerTest {

  /** One emitted token: its text, offsets into the original input and position increment. */
  record Token(String term, int start, int end, int positionIncrement) {}

  private static List<Token> tokens(Analyzer analyzer, String text) throws IOException {
    return tokens(analyzer.tokenStream("content", text));
  }

  private static List<Token> tokens(TokenStream tokens) throws IOException {
    List<Token> result = new ArrayList<>();
    try (TokenStream stream = tokens) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        result.add(
            new Token(
                term.toString(),
                offset.startOffset(),
                offset.endOffset(),
                increment.getPositionIncrement()));
      }
      stream.end();
    }
    return result;
  }

  /**
   * The content analysed once and replayed gives each field exactly the tokens its analyzer would:
   * the same terms, positions and offsets, the final offset included (the next value of a field
   * continues from it), for NFC and NFD text, numbers, số ký hiệu, punctuation and empty text.
   */
  @Test
  void analysedOnceReplaysWhatTheAnalyzersMake() throws IOException {
    String nfd =
        java.text.Normalizer.normalize(
            "Quyết định về việc đầu tư công", java.text.Normalizer.Form.NFD);
    for (String text :
        List.of(
            "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác"
                + " văn thư; Theo đề nghị của Chánh Văn phòng UBND tỉnh.",
            nfd,
            "  Điều 1. — 15/QĐ-UBND, 3.5 ha; e-mail: vanthu@hanoi.gov.vn  ",
            "một",
            "",
            "!!! ...")) {
      AnalyzedText analysed = AnalyzedText.of(text);
      assertThat(tokens(analysed.syllables()))
          .as(text)
          .isEqualTo(tokens(new VietnameseAnalyzer(false), text));
      assertThat(tokens(analysed.withPairs()))
          .as(text)
          .isEqualTo(tokens(new VietnameseAnalyzer(true), text));
      assertThat(analysed.size())
          .isEqualTo(AnalyzedTerms.of(new VietnameseAnalyzer(false), text).size());
      assertThat(finalOffset(analysed.syllables()))
          .isEqualTo(finalOffset(new VietnameseAnalyzer(true).tokenStream("content", text)));
    }
  }

  private static int finalOffset(TokenStream tokens) throws IOException {
    try (TokenStream stream = tokens) {
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {}
      stream.end();
      return offset.endOffset();
    }
  }

  @Test
  void foldsDiacriticsAndPairsAdjacentSyllables() throws IOException {
    assertThat(tokens(new VietnameseAnalyzer(), "Quyết định"))
        .containsExactly(
            new Token("quyet", 0, 5, 1),
            new Token("quyet dinh", 0, 10, 0),
            new Token("dinh", 6, 10, 1));
  }

  @Test
  void foldsDStrokeInBothCases() throws IOException {
    assertThat(tokens(new VietnameseAnalyzer(false), "Đất đai ĐỊA CHÍNH"))
        .extracting(Token::term)
        .containsExactly("dat", "dai", "dia", "chinh");
  }

  @Test
  void decomposedInputGivesTheSameTermsWithOffsetsIntoTheOriginal() throws IOException {
    String decomposed = java.text.Normalizer.normalize("Quyết định", java.text.Normalizer.Form.NFD);
    assertThat(decomposed).hasSizeGreaterThan("Quyết định".length());

    assertThat(tokens(new VietnameseAnalyzer(false), decomposed))
        .containsExactly(new Token("quyet", 0, 7, 1), new Token("dinh", 8, decomposed.length(), 1));
  }

  @Test
  void textTypedWithoutDiacriticsMeetsTheSameTerms() throws IOException {
    VietnameseAnalyzer analyzer = new VietnameseAnalyzer();
    assertThat(tokens(analyzer, "quyet dinh ban hanh quy che"))
        .extracting(Token::term)
        .isEqualTo(
            tokens(analyzer, "Quyết định ban hành quy chế").stream().map(Token::term).toList());
  }

  @Test
  void uppercaseAndDecomposedDStrokeTextFoldWithOffsetsIntoWhatWasTyped() throws IOException {
    String typed = java.text.Normalizer.normalize("ĐẤT ĐAI", java.text.Normalizer.Form.NFD);
    // Đ has no decomposition; Ấ becomes A and two combining marks.
    assertThat(typed).hasSize(9);

    assertThat(tokens(new VietnameseAnalyzer(false), typed))
        .containsExactly(new Token("dat", 0, 5, 1), new Token("dai", 6, 9, 1));
  }

  @Test
  void aNotationSplitsIntoItsPartsInText() throws IOException {
    assertThat(tokens(new VietnameseAnalyzer(false), "Số 15/QĐ-UBND"))
        .containsExactly(
            new Token("so", 0, 2, 1),
            new Token("15", 3, 5, 1),
            new Token("qd", 6, 8, 1),
            new Token("ubnd", 9, 13, 1));
  }

  @Test
  void theExactAnalyzerKeepsDiacriticsAndLowercases() throws IOException {
    assertThat(tokens(new ExactSyllableAnalyzer(), "Bản ĐỒ"))
        .containsExactly(new Token("bản", 0, 3, 1), new Token("đồ", 4, 6, 1));
  }

  @Test
  void notationsAreOneKeyWhateverTheCaseDiacriticsAndSpaces() {
    assertThat(Notations.key("15/QĐ-UBND")).isEqualTo("15/QD-UBND");
    assertThat(Notations.key(" 15 / qđ - ubnd ")).isEqualTo("15/QD-UBND");
    assertThat(Notations.key("123/2020/NĐ-CP")).isEqualTo("123/2020/ND-CP");
    assertThat(Notations.looksLikeNotation("05/UBND-VP")).isTrue();
    assertThat(Notations.looksLikeNotation("15/QĐ-UBND")).isTrue();
    assertThat(Notations.looksLikeNotation("và/hoặc")).isFalse();
    assertThat(Notations.looksLikeNotation("2026")).isFalse();
  }
}
