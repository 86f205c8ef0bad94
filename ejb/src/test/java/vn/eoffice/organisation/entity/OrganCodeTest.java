package vn.eoffice.organisation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrganCodeTest {

  @Test
  void readsTheCodesOfTheDecisionsExamples() {
    // Decision 20/2020/QĐ-TTg and domain.md: the Government Office, a level-3 unit under G11.
    assertThat(new OrganCode("000.00.00.G22").level()).isEqualTo(1);
    assertThat(new OrganCode("000.00.00.G22").parent()).isEmpty();
    OrganCode unit = new OrganCode("000.05.07.G11");
    assertThat(unit.level()).isEqualTo(3);
    assertThat(unit.parent()).contains(new OrganCode("000.00.07.G11"));
    assertThat(unit.parent().flatMap(OrganCode::parent)).contains(new OrganCode("000.00.00.G11"));
    assertThat(new OrganCode("001.05.07.H41").level()).isEqualTo(4);
  }

  @Test
  void knowsWhichAgencySitsUnderWhich() {
    OrganCode province = new OrganCode("000.00.00.H41");
    OrganCode department = new OrganCode("000.00.07.H41");
    OrganCode commune = new OrganCode("000.05.07.H41");

    assertThat(commune.isUnder(department)).isTrue();
    assertThat(commune.isUnder(province)).isTrue();
    assertThat(department.isUnder(commune)).isFalse();
    assertThat(commune.isUnder(new OrganCode("000.00.07.H42"))).isFalse();
    assertThat(province.isUnder(province)).isFalse();
  }

  @Test
  void takesATypedCodeWithSpacesAndALowerCaseLetter() {
    assertThat(OrganCode.parse(" 000.00.07.h41 ")).isEqualTo(new OrganCode("000.00.07.H41"));
  }

  @Test
  void refusesWhatIsNotACodeSayingWhatIsAllowed() {
    for (String wrong :
        new String[] {
          "", "H41", "000.00.00.41H", "000-00-00-H41", "0000.00.00.H41", "000.00.00.H4"
        }) {
      assertThatThrownBy(() -> new OrganCode(wrong))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("13 characters")
          .hasMessageContaining(OrganCode.FORMAT);
    }
    assertThatThrownBy(() -> OrganCode.parse(null)).hasMessageContaining("not nothing");
    // A level used above an unused one names no agency.
    assertThatThrownBy(() -> new OrganCode("000.05.00.H41"))
        .hasMessageContaining("level 3 is used while level 2");
    assertThat(OrganCode.problem("000.00.07.H41")).isNull();
  }
}
