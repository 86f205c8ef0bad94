package vn.eoffice.recognition.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * The searchable copy of a scan: a scanned PDF keeps its pages as they are with Tesseract's
 * invisible text laid over each, scaled to the page; scanned images become one PDF of Tesseract's
 * pages (each image with its text layer).
 */
public final class TextLayer {

  private TextLayer() {}

  /** The scanned PDF with each page's text layer laid over it (pages in order). */
  public static byte[] over(Path scannedPdf, List<byte[]> textPages) throws IOException {
    try (PDDocument original = Loader.loadPDF(scannedPdf.toFile())) {
      LayerUtility layers = new LayerUtility(original);
      for (int i = 0; i < original.getNumberOfPages() && i < textPages.size(); i++) {
        PDPage page = original.getPage(i);
        try (PDDocument text = Loader.loadPDF(textPages.get(i))) {
          PDFormXObject form = layers.importPageAsForm(text, 0);
          PDRectangle box = page.getCropBox();
          PDRectangle formBox = form.getBBox();
          int rotation = ((page.getRotation() % 360) + 360) % 360;
          boolean turned = rotation == 90 || rotation == 270;
          float width = turned ? box.getHeight() : box.getWidth();
          float height = turned ? box.getWidth() : box.getHeight();
          try (PDPageContentStream content =
              new PDPageContentStream(
                  original, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            content.saveGraphicsState();
            content.transform(placement(box, rotation));
            content.transform(
                Matrix.getScaleInstance(width / formBox.getWidth(), height / formBox.getHeight()));
            content.drawForm(form);
            content.restoreGraphicsState();
          }
        }
      }
      return bytes(original);
    }
  }

  /** Undoes the page's rotation, so that the layer sits as the rendered (upright) page did. */
  private static Matrix placement(PDRectangle box, int rotation) {
    Matrix m = Matrix.getTranslateInstance(box.getLowerLeftX(), box.getLowerLeftY());
    switch (rotation) {
      case 90 -> {
        m.concatenate(Matrix.getTranslateInstance(box.getWidth(), 0));
        m.concatenate(Matrix.getRotateInstance(Math.toRadians(90), 0, 0));
      }
      case 180 -> {
        m.concatenate(Matrix.getTranslateInstance(box.getWidth(), box.getHeight()));
        m.concatenate(Matrix.getRotateInstance(Math.toRadians(180), 0, 0));
      }
      case 270 -> {
        m.concatenate(Matrix.getTranslateInstance(0, box.getHeight()));
        m.concatenate(Matrix.getRotateInstance(Math.toRadians(270), 0, 0));
      }
      default -> {}
    }
    return m;
  }

  /** Tesseract's one-page PDFs (image and text layer) as one document. */
  public static byte[] joined(List<byte[]> pagePdfs) throws IOException {
    try (PDDocument joined = new PDDocument()) {
      LayerUtility layers = new LayerUtility(joined);
      for (byte[] pagePdf : pagePdfs) {
        try (PDDocument one = Loader.loadPDF(pagePdf)) {
          PDPage source = one.getPage(0);
          PDPage page = new PDPage(source.getMediaBox());
          joined.addPage(page);
          PDFormXObject form = layers.importPageAsForm(one, 0);
          try (PDPageContentStream content = new PDPageContentStream(joined, page)) {
            content.drawForm(form);
          }
        }
      }
      return bytes(joined);
    }
  }

  private static byte[] bytes(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }
}
