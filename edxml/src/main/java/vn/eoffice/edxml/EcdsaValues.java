package vn.eoffice.edxml;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * ECDSA signature values: the JCA gives them DER-encoded (a SEQUENCE of two INTEGERs), XML-DSig
 * writes r and s side by side, each as long as the other (RFC 4050, RFC 6931).
 */
final class EcdsaValues {

  private EcdsaValues() {}

  /**
   * @param half the length of r and of s: the bytes of the curve's order
   */
  static byte[] concatenated(byte[] der, int half) {
    if (der.length < 8 || der[0] != 0x30) {
      throw new IllegalArgumentException("not a DER-encoded ECDSA signature");
    }
    int at = der[1] < 0 ? 2 + (der[1] & 0x7F) : 2;
    BigInteger[] values = new BigInteger[2];
    for (int i = 0; i < 2; i++) {
      if (der[at] != 0x02) {
        throw new IllegalArgumentException("not a DER-encoded ECDSA signature");
      }
      int length = der[at + 1];
      values[i] = new BigInteger(1, Arrays.copyOfRange(der, at + 2, at + 2 + length));
      at += 2 + length;
    }
    byte[] out = new byte[2 * half];
    place(values[0], out, 0, half);
    place(values[1], out, half, half);
    return out;
  }

  private static void place(BigInteger value, byte[] out, int offset, int length) {
    byte[] bytes = value.toByteArray();
    int skip = bytes.length > length ? bytes.length - length : 0;
    System.arraycopy(
        bytes, skip, out, offset + length - (bytes.length - skip), bytes.length - skip);
  }
}
