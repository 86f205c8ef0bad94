package vn.eoffice.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.enumerations.Indication;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.eoffice.signing.PdfSignatureValidation.SignatureVerdict;
import vn.eoffice.signing.SigningRefusedException.Reason;
import vn.eoffice.signing.pkcs11.SoftHsm;
import vn.eoffice.signing.pki.Pdfsig;
import vn.eoffice.signing.pki.TestPdfs;
import vn.eoffice.signing.pki.TestPki;
import vn.eoffice.signing.pki.TestPkiServer;

/**
 * The leader's signature in two steps: the server prepares, the key on the leader's token (SoftHSM
 * here, as the signing agent would use it) signs the prepared data, the server completes.
 */
class TwoStepSigningTest {

  private static final char[] PIN = "246810".toCharArray();
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private static TestPkiServer pkiServer;
  private static TestPki PKI;
  private static Provider leaderToken;
  private static PrivateKey leaderKey;
  private final TwoStepSigning signing = new TwoStepSigning();

  @BeforeAll
  static void leadersToken() throws Exception {
    // The PKI served on 127.0.0.1 (CA certificates, CRLs, OCSP), as pdfsig checks it online.
    pkiServer = new TestPkiServer(NOW);
    PKI = pkiServer.pki();
    long slot =
        SoftHsm.ofThisJvm().initToken("lanhdao-" + System.nanoTime(), new String(PIN), "13572468");
    leaderToken = SoftHsm.provider("lanhdao" + slot, slot);
    SoftHsm.importCredential(leaderToken, PIN, "lanhdao", PKI.leader());
    KeyStore store = KeyStore.getInstance("PKCS11", leaderToken);
    store.load(null, PIN);
    leaderKey = (PrivateKey) store.getKey("lanhdao", null);
  }

  @org.junit.jupiter.api.AfterAll
  static void stopPki() {
    if (pkiServer != null) {
      pkiServer.close();
    }
  }

  private static byte[] draft() {
    return TestPdfs.blankPage();
  }

  /** What the agent does: sign the prepared data with the token's key. */
  private static byte[] agentSigns(
      TwoStepSigning.Prepared prepared, PrivateKey key, Provider provider) throws Exception {
    Signature signature =
        provider == null
            ? Signature.getInstance(prepared.signatureAlgorithm())
            : Signature.getInstance(prepared.signatureAlgorithm(), provider);
    signature.initSign(key);
    signature.update(prepared.dataToSign());
    return signature.sign();
  }

  @Test
  void theLeadersTokenSignsThePreparedDataAndTheCompletedPdfValidates() throws Exception {
    TwoStepSigning.Prepared prepared = signing.prepare(draft(), PKI.leader().chain(), NOW);
    assertThat(prepared.signatureAlgorithm()).isEqualTo("SHA256withRSA");

    byte[] signed = signing.complete(prepared, agentSigns(prepared, leaderKey, leaderToken));

    List<SignatureVerdict> verdicts = PKI.validation().validate(signed);
    assertThat(verdicts)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.indication()).isEqualTo(Indication.TOTAL_PASSED);
              assertThat(v.signedBy()).isEqualTo("Trần Văn Đạo");
              assertThat(v.signingTime()).isEqualTo(NOW);
            });
  }

  @Test
  void theSealGoesOnTopOfTheLeadersSignatureAndBothValidate() throws Exception {
    TwoStepSigning.Prepared prepared = signing.prepare(draft(), PKI.leader().chain(), NOW);
    byte[] signed = signing.complete(prepared, agentSigns(prepared, leaderKey, leaderToken));
    byte[] sealed;
    try (var seal = TestPki.fileToken(PKI.seal())) {
      sealed = new PadesSealer().seal(signed, seal, seal.getKeys().get(0), NOW.plusSeconds(60));
    }

    List<SignatureVerdict> verdicts = PKI.validation().validate(sealed);
    assertThat(verdicts)
        .extracting(SignatureVerdict::signedBy, SignatureVerdict::indication)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Trần Văn Đạo", Indication.TOTAL_PASSED),
            org.assertj.core.groups.Tuple.tuple("UBND xã Demo", Indication.TOTAL_PASSED));
    // An independent verifier agrees: poppler's pdfsig with an NSS store trusting the test root,
    // asking the test PKI's OCSP responder (with -no-ocsp it answers "Unknown issue").
    assertThat(Pdfsig.verify(sealed, PKI.root().certificate()))
        .containsExactly(
            new Pdfsig.Report("Trần Văn Đạo", "Signature is Valid.", "Certificate is Trusted."),
            new Pdfsig.Report("UBND xã Demo", "Signature is Valid.", "Certificate is Trusted."));
  }

  @Test
  void aValueMadeWithAnotherKeyIsRefused() throws Exception {
    TwoStepSigning.Prepared prepared = signing.prepare(draft(), PKI.leader().chain(), NOW);
    byte[] byTheClerk = agentSigns(prepared, PKI.clerk().key(), null);

    assertThatThrownBy(() -> signing.complete(prepared, byTheClerk))
        .isInstanceOfSatisfying(
            SigningRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH))
        .hasMessageContaining("does not verify");
  }

  @Test
  void aValueOverOtherDataIsRefused() throws Exception {
    TwoStepSigning.Prepared prepared = signing.prepare(draft(), PKI.leader().chain(), NOW);
    TwoStepSigning.Prepared other =
        signing.prepare(draft(), PKI.leader().chain(), NOW.plusSeconds(1));
    byte[] forTheOther = agentSigns(other, leaderKey, leaderToken);

    assertThatThrownBy(() -> signing.complete(prepared, forTheOther))
        .isInstanceOfSatisfying(
            SigningRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH));
  }

  @Test
  void anExpiredCertificateIsRefusedBeforeAnythingIsSigned() throws Exception {
    assertThatThrownBy(() -> signing.prepare(draft(), PKI.expiredUser().chain(), NOW))
        .isInstanceOfSatisfying(
            SigningRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.CERTIFICATE_NOT_VALID))
        .hasMessageContaining("not at " + NOW);
    assertThatThrownBy(() -> signing.prepare(draft(), List.of(), NOW))
        .isInstanceOfSatisfying(
            SigningRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.CHAIN_INVALID));
  }
}
