package vn.eoffice.registers.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NotationTest {

  @Test
  void typedDocumentShowsNumberTypeAndIssuer() {
    assertThat(Notation.compose(15, "QĐ", "UBND", null).text()).isEqualTo("15/QĐ-UBND");
  }

  @Test
  void numbersBelowTenTakeALeadingZero() {
    assertThat(Notation.compose(5, "KH", "UBND", "VHXH").text()).isEqualTo("05/KH-UBND-VHXH");
    assertThat(Notation.compose(123, "TB", "UBND", null).text()).isEqualTo("123/TB-UBND");
  }

  @Test
  void officialLetterHasNoTypeButNamesTheDraftingUnit() {
    assertThat(Notation.compose(12, null, "UBND", "VP").text()).isEqualTo("12/UBND-VP");
  }

  @Test
  void keyIgnoresCaseAndUnicodeForm() {
    assertThat(new Notation("15/QyĐ-UBND").key()).isEqualTo(new Notation("15/QYĐ-ubnd").key());
    assertThat(Notation.comparable(" 15/qđ-ubnd ")).isEqualTo("15/QĐ-UBND");
    assertThat(Notation.comparable("15/Q\u0110-UBND")).isEqualTo("15/QĐ-UBND");
  }

  @Test
  void refusesSpacesAndNumbersBelowOne() {
    assertThatThrownBy(() -> new Notation("15 /QĐ-UBND"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Notation.compose(0, "QĐ", "UBND", null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
