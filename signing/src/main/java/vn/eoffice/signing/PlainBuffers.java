package vn.eoffice.signing;

import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.spi.signature.resources.DSSResourcesHandler;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Where DSS has the signed PDF written: a plain growing array. PDFBox writes much of a revision a
 * byte at a time, and the JDK's {@code ByteArrayOutputStream} takes a lock for every byte (about a
 * tenth of a seal's time on a 1 MB PDF).
 */
final class PlainBuffers implements DSSResourcesHandler {

  private Buffer buffer;

  @Override
  public OutputStream createOutputStream() {
    if (buffer == null) {
      buffer = new Buffer();
    }
    return buffer;
  }

  @Override
  public DSSDocument writeToDSSDocument() {
    byte[] bytes = buffer == null ? new byte[0] : Arrays.copyOf(buffer.bytes, buffer.size);
    return new InMemoryDocument(bytes, "signed.pdf", MimeTypeEnum.PDF);
  }

  @Override
  public void close() {
    // Nothing held but memory.
  }

  /** An output stream into an array, without locks (one writer at a time, as DSS uses it). */
  private static final class Buffer extends OutputStream {

    private byte[] bytes = new byte[1 << 16];
    private int size;

    @Override
    public void write(int b) {
      if (size == bytes.length) {
        bytes = Arrays.copyOf(bytes, bytes.length * 2);
      }
      bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] source, int offset, int length) {
      if (size + length > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
      }
      System.arraycopy(source, offset, bytes, size, length);
      size += length;
    }
  }
}
