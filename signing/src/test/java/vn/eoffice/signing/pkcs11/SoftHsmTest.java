package vn.eoffice.signing.pkcs11;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.eoffice.signing.pki.TestPki;

/** A leader's key on a SoftHSM token signs through PKCS#11 as it would on a USB token. */
class SoftHsmTest {

  private static final char[] PIN = "123456".toCharArray();
  private static final TestPki PKI = TestPki.generate("http://127.0.0.1:18181", Instant.now());
  private static Provider token;
  private static Provider otherToken;

  /**
   * Both tokens are made before the library is first loaded: SoftHSM reads its token folder then.
   * PKCS#11 keeps one login per token and process, hence a second token for the wrong PIN.
   */
  @BeforeAll
  static void tokenWithTheLeadersKey() {
    SoftHsm hsm = SoftHsm.ofThisJvm();
    long slot = hsm.initToken("lanhdao-" + System.nanoTime(), new String(PIN), "87654321");
    long otherSlot = hsm.initToken("vanthu-" + System.nanoTime(), new String(PIN), "87654321");
    token = SoftHsm.provider("lanhdao" + slot, slot);
    otherToken = SoftHsm.provider("vanthu" + otherSlot, otherSlot);
    SoftHsm.importCredential(token, PIN, "lanhdao", PKI.leader());
  }

  @Test
  void theTokenListsTheCertificateAndSignsWithTheKeyThatNeverLeavesIt() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS11", token);
    store.load(null, PIN);

    X509Certificate certificate = (X509Certificate) store.getCertificate("lanhdao");
    assertThat(certificate).isEqualTo(PKI.leader().certificate());
    PrivateKey key = (PrivateKey) store.getKey("lanhdao", null);
    assertThat(key.getEncoded()).as("a token key cannot be exported").isNull();
    byte[] data = "Quyết định số 15/QĐ-UBND".getBytes(StandardCharsets.UTF_8);
    Signature signer = Signature.getInstance("SHA256withRSA", token);
    signer.initSign(key);
    signer.update(data);
    byte[] value = signer.sign();

    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(PKI.leader().certificate());
    verifier.update(data);
    assertThat(verifier.verify(value)).isTrue();
  }

  @Test
  void aWrongPinIsReportedAsSuch() {
    ThrowableAssert.ThrowingCallable wrongPin =
        () -> KeyStore.getInstance("PKCS11", otherToken).load(null, "000000".toCharArray());

    assertThatThrownBy(wrongPin).hasRootCauseMessage("CKR_PIN_INCORRECT");
  }
}
