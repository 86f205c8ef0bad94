package vn.eoffice.signing;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a document version, as lowercase hex. It names a stored file and records which
 * exact version a leader approved or signed.
 */
public record DocumentFingerprint(String sha256) {

  private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

  public DocumentFingerprint {
    Objects.requireNonNull(sha256, "sha256");
    if (!HEX_SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException(
          "A SHA-256 fingerprint is 64 lowercase hexadecimal characters, got: " + sha256);
    }
  }

  public static DocumentFingerprint of(byte[] content) {
    return new DocumentFingerprint(HexFormat.of().formatHex(newDigest().digest(content)));
  }

  /** Reads the stream to its end; the caller closes it. */
  public static DocumentFingerprint of(InputStream content) throws IOException {
    MessageDigest digest = newDigest();
    byte[] buffer = new byte[64 * 1024];
    for (int read; (read = content.read(buffer)) != -1; ) {
      digest.update(buffer, 0, read);
    }
    return new DocumentFingerprint(HexFormat.of().formatHex(digest.digest()));
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime must provide SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return sha256;
  }
}
