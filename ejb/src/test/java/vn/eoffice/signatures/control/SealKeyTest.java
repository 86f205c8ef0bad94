package vn.eoffice.signatures.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.eoffice.organisation.entity.Agency;

/** Each agency seals with its own key where it names one, and with the installation's where not. */
class SealKeyTest {

  @BeforeEach
  void installationKey() {
    System.setProperty("eoffice.seal.token-label", "con-dau-chung");
    System.setProperty("eoffice.seal.key-alias", "khoa-chung");
  }

  @AfterEach
  void forget() {
    System.clearProperty("eoffice.seal.token-label");
    System.clearProperty("eoffice.seal.key-alias");
  }

  @Test
  void anAgencyThatNamesNoKeySealsWithTheInstallations() {
    Agency agency = new Agency("UBND xã Demo", "UBND", null);
    assertThat(SealKey.of(agency)).isEqualTo(new SealKey("con-dau-chung", "khoa-chung"));
  }

  @Test
  void anAgencyWithAKeyOfItsOwnSealsWithIt() {
    Agency agency = new Agency("Sở Nội vụ", "SNV", null);
    agency.sealWith("con-dau-snv", "khoa-snv");
    assertThat(SealKey.of(agency)).isEqualTo(new SealKey("con-dau-snv", "khoa-snv"));
    // A token of its own without an alias: that token's only key, never the installation's alias.
    agency.sealWith("con-dau-snv", null);
    assertThat(SealKey.of(agency)).isEqualTo(new SealKey("con-dau-snv", null));
    // Its own key on the installation's token.
    agency.sealWith(null, "khoa-snv");
    assertThat(SealKey.of(agency)).isEqualTo(new SealKey("con-dau-chung", "khoa-snv"));
  }
}
