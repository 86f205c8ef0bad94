package vn.eoffice.verification.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.FileVersion;
import vn.eoffice.platform.control.Settings;
import vn.eoffice.signatures.control.SignedFiles;
import vn.eoffice.signing.Appearance;
import vn.eoffice.workflow.control.WorkflowEvents;

/**
 * Puts the verification QR code on the approved PDF, before anyone signs it: in the bottom left
 * corner of the first page, 22 mm square, drawn as vector modules, with the words "Tra cứu văn bản"
 * and the page's address under it. The result is the next version of the main file, the one the
 * leader signs or the clerk issues. A PDF that carries signatures already, or a file that is no
 * PDF, is left as it is (and gets no QR code).
 */
@Dependent
public class QrStamp {

  /** Millimetres in PDF points. */
  private static final float MM = 72f / 25.4f;

  static final float SIZE_MM = 22f;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

  @Inject SignedFiles files;

  /** The public address of the verification page of this code. */
  public static String url(String code) {
    String base = Settings.get("eoffice.public-url").orElse("http://localhost:8080");
    return (base.endsWith("/") ? base : base + "/") + "verify/" + code;
  }

  /**
   * Stamps the approved version; answers the version to approve (the stamped one, or the one given
   * when it cannot carry a QR code).
   */
  public FileVersion stamp(Document document, FileVersion approved, String by, Instant at) {
    if (approved == null || !SignedFiles.PDF.equals(approved.getContent().getMediaType())) {
      return approved;
    }
    byte[] pdf = files.read(approved.getContent().getSha256());
    String code =
        document.getVerificationCode() == null ? newCode() : document.getVerificationCode();
    byte[] stamped = stamp(pdf, url(code));
    if (stamped == null) {
      return approved;
    }
    if (document.getVerificationCode() == null) {
      document.giveVerificationCode(code);
    }
    return files.addVersion(WorkflowEvents.mainFile(document), stamped, by, at);
  }

  /** A random code of 20 letters and digits (100 bits), easy to read aloud: no 0/o, 1/l. */
  static String newCode() {
    char[] code = new char[20];
    for (int i = 0; i < code.length; i++) {
      code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(code);
  }

  /** The PDF with the QR code of {@code url} on page 1; null when it carries signatures. */
  static byte[] stamp(byte[] pdf, String url) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      if (!document.getSignatureDictionaries().isEmpty() || document.getNumberOfPages() == 0) {
        return null;
      }
      BitMatrix matrix =
          new QRCodeWriter()
              .encode(
                  url,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.MARGIN,
                      0,
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M));
      PDPage page = document.getPage(0);
      PDRectangle box = page.getCropBox();
      float size = SIZE_MM * MM;
      float x = box.getLowerLeftX() + 12 * MM;
      float y = box.getLowerLeftY() + 14 * MM;
      float module = size / matrix.getWidth();
      PDType0Font font = PDType0Font.load(document, Appearance.DEFAULT_FONT.toFile());
      try (PDPageContentStream content =
          new PDPageContentStream(
              document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        // A quiet zone of white around the modules, whatever the page has there.
        content.setNonStrokingColor(1f, 1f, 1f);
        content.addRect(x - 2 * module, y - 2 * module, size + 4 * module, size + 4 * module);
        content.fill();
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
          for (int column = 0; column < matrix.getWidth(); column++) {
            if (matrix.get(column, row)) {
              content.addRect(x + column * module, y + size - (row + 1) * module, module, module);
            }
          }
        }
        content.fill();
        content.beginText();
        content.setFont(font, 6.5f);
        content.newLineAtOffset(x, y - 3.5f * MM);
        content.showText("Tra cứu văn bản (verify): quét mã QR");
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the QR code could not be put on the PDF", e);
    } catch (WriterException e) {
      throw new IllegalStateException("the QR code could not be made", e);
    }
  }
}
