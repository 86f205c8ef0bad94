package vn.eoffice.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.eoffice.signing.PdfSignatureValidation.SignatureVerdict;
import vn.eoffice.signing.SigningRefusedException.Reason;
import vn.eoffice.signing.pkcs11.SoftHsm;
import vn.eoffice.signing.pki.TestPdfs;
import vn.eoffice.signing.pki.TestPki;

/** The seal from the HSM goes only over a valid leader's signature. */
class OrganisationSealTest {

  private static final String PIN = "975310";
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private static final TestPki PKI = TestPki.generate("http://127.0.0.1:18181", NOW);
  private static Pkcs11Token hsm;
  private static OrganisationSeal seal;
  private static PdfSignatureValidation validation;

  @BeforeAll
  static void hsm() {
    long slot = SoftHsm.ofThisJvm().initToken("hsm-" + System.nanoTime(), PIN, "11223344");
    SoftHsm.importCredential(
        SoftHsm.provider("import" + slot, slot), PIN.toCharArray(), "con-dau", PKI.seal());
    hsm = new Pkcs11Token(SoftHsm.LIBRARY, slot, PIN.toCharArray());
    validation = PKI.validation();
    seal = new OrganisationSeal(validation, new PadesSealer());
  }

  @AfterAll
  static void close() {
    if (hsm != null) {
      hsm.close();
    }
  }

  private static byte[] signedBy(TestPki.Credential signer) throws Exception {
    try (Pkcs12SignatureToken token = TestPki.fileToken(signer)) {
      return new PadesSealer().seal(TestPdfs.blankPage(), token, token.getKeys().get(0), NOW);
    }
  }

  @Test
  void overTheLeadersValidSignatureTheSealIsApplied() throws Exception {
    byte[] sealed =
        seal.apply(signedBy(PKI.leader()), hsm, hsm.getKeys().get(0), NOW.plusSeconds(30));

    assertThat(validation.validate(sealed))
        .extracting(SignatureVerdict::signedBy, SignatureVerdict::indication)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Trần Văn Đạo", Indication.TOTAL_PASSED),
            org.assertj.core.groups.Tuple.tuple("UBND xã Demo", Indication.TOTAL_PASSED));
  }

  @Test
  void anUnsignedDocumentIsNotSealed() throws Exception {
    byte[] unsigned = TestPdfs.blankPage();

    assertThatThrownBy(() -> seal.apply(unsigned, hsm, hsm.getKeys().get(0), NOW))
        .isInstanceOfSatisfying(
            SigningRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.LEADER_SIGNATURE_MISSING));
  }

  @Test
  void aDocumentSignedWithARevokedCertificateIsNotSealed() throws Exception {
    byte[] revoked = signedBy(PKI.revokedUser());

    assertThatThrownBy(() -> seal.apply(revoked, hsm, hsm.getKeys().get(0), NOW))
        .isInstanceOfSatisfying(
            SigningRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.LEADER_SIGNATURE_INVALID))
        .hasMessageContaining("Người Bị Thu Hồi")
        .hasMessageContaining("The certificate is revoked!");
  }
}
