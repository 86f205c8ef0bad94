package vn.eoffice.scans;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharacterErrorRateTest {

  @Test
  void countsEditsOverTheKnownTextIgnoringLayoutSpacing() {
    assertThat(CharacterErrorRate.of("Quốc hiệu\n  và Tiêu ngữ", "Quốc hiệu và Tiêu ngữ").edits())
        .isZero();
    CharacterErrorRate one = CharacterErrorRate.of("văn bản", "vãn bản");
    assertThat(one.edits()).isEqualTo(1);
    assertThat(one.length()).isEqualTo(7);
    assertThat(CharacterErrorRate.of("abc", "").edits()).isEqualTo(3);
    assertThat(CharacterErrorRate.of("abc", "xabcy").edits()).isEqualTo(2);
    // Decomposed marks are the same letters once normalised.
    assertThat(CharacterErrorRate.of("Việt", "Vie\u0323\u0302t").edits()).isZero();
    assertThat(one.plus(CharacterErrorRate.of("ab", "ab")).rate()).isEqualTo(1 / 9.0);
  }
}
