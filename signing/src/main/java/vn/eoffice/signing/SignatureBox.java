package vn.eoffice.signing;

/**
 * Where a visible signature goes: a page (from 1) and a rectangle in PDF points measured from the
 * page's top-left corner, as DSS places signature fields.
 */
public record SignatureBox(int page, float x, float y, float width, float height) {

  /** Points per millimetre (1 pt = 1/72 inch). */
  static final float POINTS_PER_MM = 72f / 25.4f;

  public SignatureBox {
    if (page < 1 || width <= 0 || height <= 0) {
      throw new IllegalArgumentException("a signature box needs a page from 1 and a size");
    }
  }

  /** Margin kept from the page's edges for a stamp in a corner, in points (about 7 mm). */
  static final float CORNER_MARGIN = 20f;

  /** A box of this size in the top right corner of the document's first page. */
  public static SignatureBox topRightOfFirstPage(byte[] pdf, float width, float height) {
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      float pageWidth = document.getPage(0).getMediaBox().getWidth();
      return new SignatureBox(1, pageWidth - CORNER_MARGIN - width, CORNER_MARGIN, width, height);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Where the organisation's round seal goes (Phụ lục I): at its real size, overlapping the left
   * third of the leader's signature, centred on it vertically.
   *
   * @param diameterMm the seal's diameter in millimetres (commune seals are about 35-36 mm)
   */
  public static SignatureBox sealOver(SignatureBox leader, float diameterMm) {
    float diameter = diameterMm * POINTS_PER_MM;
    float right = leader.x() + leader.width() / 3;
    return new SignatureBox(
        leader.page(),
        Math.max(0, right - diameter),
        Math.max(0, leader.y() + leader.height() / 2 - diameter / 2),
        diameter,
        diameter);
  }
}
