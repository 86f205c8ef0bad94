package vn.eoffice.signing.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;

class TestPkiTest {

  private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");
  private static final TestPki PKI = TestPki.generate("http://127.0.0.1:18181/", NOW);

  private static void validate(TestPki.Credential credential, Instant at) throws Exception {
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    List<X509Certificate> path = credential.chain().subList(0, credential.chain().size() - 1);
    PKIXParameters parameters =
        new PKIXParameters(Set.of(new TrustAnchor(PKI.root().certificate(), null)));
    parameters.setRevocationEnabled(false);
    parameters.setDate(Date.from(at));
    CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(path), parameters);
  }

  @Test
  void everyValidSignerChainsUpToTheRoot() throws Exception {
    for (TestPki.Credential signer :
        List.of(
            PKI.leader(),
            PKI.clerk(),
            PKI.seal(),
            PKI.revokedUser(),
            PKI.tsa(),
            PKI.ocspResponder())) {
      validate(signer, NOW);
      assertThat(signer.chain()).hasSize(3).endsWith(PKI.root().certificate());
    }
  }

  @Test
  void theExpiredUsersCertificateFailsTodayAndWasValidTwoYearsAgoLessADay() throws Exception {
    assertThatThrownBy(() -> validate(PKI.expiredUser(), NOW))
        .isInstanceOf(CertPathValidatorException.class)
        .hasCauseInstanceOf(CertificateExpiredException.class);
    validate(
        PKI.expiredUser(),
        PKI.expiredUser().certificate().getNotAfter().toInstant().minusSeconds(86_400));
  }

  @Test
  void theCrlIsSignedByTheIntermediateAndListsOnlyTheRevokedUser() throws Exception {
    PKI.crl().verify(PKI.intermediate().certificate().getPublicKey());
    assertThat(PKI.crl().isRevoked(PKI.revokedUser().certificate())).isTrue();
    assertThat(PKI.crl().isRevoked(PKI.leader().certificate())).isFalse();
    assertThat(PKI.crl().getNextUpdate()).isAfter(Date.from(NOW));
  }

  @Test
  void signersCarryTheirPurposesAndWhereToCheckThem() throws Exception {
    X509Certificate leader = PKI.leader().certificate();
    assertThat(leader.getKeyUsage()[0]).as("digitalSignature").isTrue();
    assertThat(leader.getKeyUsage()[1]).as("nonRepudiation").isTrue();
    assertThat(leader.getBasicConstraints()).isEqualTo(-1);
    String aia =
        new String(
            leader.getExtensionValue("1.3.6.1.5.5.7.1.1"),
            java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(aia)
        .contains("http://127.0.0.1:18181/ocsp")
        .contains("http://127.0.0.1:18181/intermediate.crt");
    String crlPoints =
        new String(
            leader.getExtensionValue("2.5.29.31"), java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(crlPoints).contains("http://127.0.0.1:18181/intermediate.crl");

    X509Certificate tsa = PKI.tsa().certificate();
    assertThat(tsa.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.8");
    assertThat(tsa.getCriticalExtensionOIDs()).contains("2.5.29.37");
    assertThat(PKI.ocspResponder().certificate().getExtendedKeyUsage())
        .containsExactly("1.3.6.1.5.5.7.3.9");
    assertThat(PKI.ocspResponder().certificate().getExtensionValue("1.3.6.1.5.5.7.48.1.5"))
        .isNotNull();
    assertThat(PKI.intermediate().certificate().getBasicConstraints()).isZero();
  }

  @Test
  void namesAreVietnameseAsOnRealCertificates() {
    String subject =
        PKI.leader().certificate().getSubjectX500Principal().getName(X500Principal.RFC2253);
    assertThat(subject).contains("CN=Trần Văn Đạo").contains("O=UBND xã Demo").contains("C=VN");
  }

  @Test
  void aPkcs12StoreCarriesTheKeyAndTheWholeChain() throws Exception {
    char[] password = "mat-khau".toCharArray();
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(new ByteArrayInputStream(TestPki.pkcs12(PKI.clerk(), password)), password);

    String alias = store.aliases().nextElement();
    assertThat(store.getCertificateChain(alias)).hasSize(3);
    Signature signer = Signature.getInstance("SHA256withRSA");
    signer.initSign((java.security.PrivateKey) store.getKey(alias, password));
    signer.update("văn bản".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    byte[] value = signer.sign();
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(PKI.clerk().certificate());
    verifier.update("văn bản".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(verifier.verify(value)).isTrue();
  }
}
