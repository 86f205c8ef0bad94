package vn.eoffice.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentFingerprintTest {

  private static final byte[] DECISION =
      "QUYẾT ĐỊNH Về việc ban hành Quy chế làm việc".getBytes(StandardCharsets.UTF_8);

  @Test
  void matchesTheKnownSha256OfAnEmptyDocument() {
    assertThat(DocumentFingerprint.of(new byte[0]).sha256())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void streamAndArrayGiveTheSameFingerprint() throws Exception {
    assertThat(DocumentFingerprint.of(new ByteArrayInputStream(DECISION)))
        .isEqualTo(DocumentFingerprint.of(DECISION));
  }

  @Test
  void oneChangedByteChangesTheFingerprint() {
    byte[] altered = DECISION.clone();
    altered[altered.length - 1] ^= 1;
    assertThat(DocumentFingerprint.of(altered)).isNotEqualTo(DocumentFingerprint.of(DECISION));
  }

  @Test
  void rejectsSomethingThatIsNotASha256() {
    assertThatThrownBy(() -> new DocumentFingerprint("ABC"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("64 lowercase hexadecimal");
  }
}
