package vn.eoffice.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.alert.exception.AlertException;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.io.ByteArrayOutputStream;
import java.security.KeyStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import vn.eoffice.signing.PdfSignatureValidation.SignatureVerdict;
import vn.eoffice.signing.pki.TestPki;

/**
 * Signers whose certificate is revoked or has expired: the validation reports the revocation, and
 * DSS refuses to sign with an expired certificate at all.
 */
class RevokedAndExpiredSignersTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private static final TestPki PKI = TestPki.generate("http://127.0.0.1:18181", NOW);
  private static final char[] PASSWORD = "mat-khau".toCharArray();

  private static byte[] blankPdf() throws Exception {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private static List<SignatureVerdict> signAndValidate(TestPki.Credential signer, Instant at)
      throws Exception {
    try (Pkcs12SignatureToken token =
        new Pkcs12SignatureToken(
            TestPki.pkcs12(signer, PASSWORD), new KeyStore.PasswordProtection(PASSWORD))) {
      byte[] signed = new PadesSealer().seal(blankPdf(), token, token.getKeys().get(0), at);
      return new PdfSignatureValidation(
              List.of(PKI.root().certificate()),
              List.of(PKI.crl().getEncoded(), PKI.rootCrl().getEncoded()))
          .validate(signed);
    }
  }

  @Test
  void aSignatureByARevokedUserIsReportedRevoked() throws Exception {
    List<SignatureVerdict> verdicts = signAndValidate(PKI.revokedUser(), NOW);

    assertThat(verdicts).hasSize(1);
    SignatureVerdict verdict = verdicts.get(0);
    assertThat(verdict.valid()).isFalse();
    assertThat(verdict.signedBy()).isEqualTo("Người Bị Thu Hồi");
    assertThat(verdict.indication()).isEqualTo(Indication.INDETERMINATE);
    assertThat(verdict.subIndication()).isEqualTo(SubIndication.REVOKED_NO_POE);
    assertThat(verdict.errors()).contains("The certificate is revoked!");
  }

  @Test
  void anExpiredCertificateCannotSign() {
    assertThatThrownBy(() -> signAndValidate(PKI.expiredUser(), NOW))
        .isInstanceOf(AlertException.class)
        .hasMessageContaining("The signing certificate has expired");
  }
}
