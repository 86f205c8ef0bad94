package vn.eoffice.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.alert.exception.AlertException;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eoffice.signing.PdfSignatureValidation.SignatureVerdict;
import vn.eoffice.signing.pki.TestPdfs;
import vn.eoffice.signing.pki.TestPki;

/**
 * Signers whose certificate is revoked or has expired: the validation reports the revocation, and
 * DSS refuses to sign with an expired certificate at all.
 */
class RevokedAndExpiredSignersTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private static final TestPki PKI = TestPki.generate("http://127.0.0.1:18181", NOW);

  private static List<SignatureVerdict> signAndValidate(TestPki.Credential signer, Instant at)
      throws Exception {
    try (Pkcs12SignatureToken token = TestPki.fileToken(signer)) {
      byte[] signed =
          new PadesSealer().seal(TestPdfs.blankPage(), token, token.getKeys().get(0), at);
      return PKI.validation().validate(signed);
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
