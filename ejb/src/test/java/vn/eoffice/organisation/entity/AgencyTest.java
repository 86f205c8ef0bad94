package vn.eoffice.organisation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgencyTest {

  @Test
  void keepsItsCodeInItsOneFormAndRefusesAWrongOne() {
    assertThat(new Agency("UBND tỉnh Demo", "UBND", " 000.00.00.h41").getOrganisationCode())
        .isEqualTo("000.00.00.H41");
    assertThat(new Agency("UBND xã Demo", "UBND", null).getOrganisationCode()).isNull();
    assertThatThrownBy(() -> new Agency("Sở Nội vụ", "SNV", "H41.07"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(OrganCode.FORMAT);
  }

  @Test
  void isNeverPlacedUnderItself() {
    Agency province = new Agency("UBND tỉnh Demo", "UBND", "000.00.00.H41");
    Agency commune = new Agency("UBND xã Demo", "UBND", "000.05.07.H41");
    commune.setParent(province);

    assertThat(commune.getParent()).isSameAs(province);
    assertThat(province.isActive()).isTrue();
    assertThatThrownBy(() -> province.setParent(commune))
        .hasMessageContaining("cannot be placed under itself");
    assertThatThrownBy(() -> province.setParent(province))
        .hasMessageContaining("cannot be placed under itself");
    assertThat(province.getParent()).isNull();
  }
}
