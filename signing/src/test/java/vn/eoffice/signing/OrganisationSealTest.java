package vn.eoffice.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.io.ByteArrayOutputStream;
import java.security.KeyStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.eoffice.signing.PdfSignatureValidation.SignatureVerdict;
import vn.eoffice.signing.SigningRefusedException.Reason;
import vn.eoffice.signing.pkcs11.SoftHsm;
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
    validation =
        new PdfSignatureValidation(
            List.of(PKI.root().certificate()), List.of(encoded(PKI.crl()), encoded(PKI.rootCrl())));
    seal = new OrganisationSeal(validation, new PadesSealer());
  }

  @AfterAll
  static void close() {
    if (hsm != null) {
      hsm.close();
    }
  }

  private static byte[] encoded(java.security.cert.X509CRL crl) {
    try {
      return crl.getEncoded();
    } catch (java.security.cert.CRLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] blank() throws Exception {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] signedBy(TestPki.Credential signer) throws Exception {
    char[] password = "p".toCharArray();
    try (Pkcs12SignatureToken token =
        new Pkcs12SignatureToken(
            TestPki.pkcs12(signer, password), new KeyStore.PasswordProtection(password))) {
      return new PadesSealer().seal(blank(), token, token.getKeys().get(0), NOW);
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
    byte[] unsigned = blank();

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
