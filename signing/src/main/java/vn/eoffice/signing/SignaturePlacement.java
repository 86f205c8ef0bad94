package vn.eoffice.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds where the signer's signature goes from the document's own text: Decree 30 (Phụ lục I) puts
 * it between the signer's title line ("CHỦ TỊCH", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") and the printed
 * name, so the box is placed right above the last line that reads the signer's name.
 */
public final class SignaturePlacement {

  /** The gap kept between the box and the name below it, in points. */
  static final float GAP = 4f;

  private SignaturePlacement() {}

  /** One line of text with its extent (top-left origin). */
  record Line(int page, String text, float left, float right, float top, float bottom) {}

  /**
   * The box above the last line reading {@code printedName} (diacritics and case as written; NFC
   * and spacing normalised), of the given height and at least the name's width, centred on it.
   */
  public static Optional<SignatureBox> aboveName(
      byte[] pdf, String printedName, float width, float height) {
    String wanted = normalise(printedName);
    List<Line> lines = lines(pdf);
    for (int i = lines.size() - 1; i >= 0; i--) {
      Line line = lines.get(i);
      if (normalise(line.text()).equals(wanted)) {
        float centre = (line.left() + line.right()) / 2;
        float boxWidth = Math.max(width, line.right() - line.left());
        float top = Math.max(0, line.top() - GAP - height);
        return Optional.of(
            new SignatureBox(line.page(), centre - boxWidth / 2, top, boxWidth, height));
      }
    }
    return Optional.empty();
  }

  static List<Line> lines(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      LineCollector collector = new LineCollector();
      collector.setSortByPosition(true);
      collector.getText(document);
      return collector.lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
  }

  /** Collects each written line with its extent. */
  private static final class LineCollector extends PDFTextStripper {
    final List<Line> lines = new ArrayList<>();

    LineCollector() throws IOException {
      super();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      if (positions.isEmpty()) {
        return;
      }
      float left = Float.MAX_VALUE;
      float right = 0;
      float top = Float.MAX_VALUE;
      float bottom = 0;
      for (TextPosition p : positions) {
        left = Math.min(left, p.getXDirAdj());
        right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
        top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
        bottom = Math.max(bottom, p.getYDirAdj());
      }
      lines.add(new Line(getCurrentPageNo(), text, left, right, top, bottom));
    }
  }
}
