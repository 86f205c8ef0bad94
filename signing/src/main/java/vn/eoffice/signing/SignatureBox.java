package vn.eoffice.signing;

/**
 * Where a visible signature goes: a page (from 1) and a rectangle in PDF points measured from the
 * page's top-left corner, as DSS places signature fields.
 */
public record SignatureBox(int page, float x, float y, float width, float height) {

  public SignatureBox {
    if (page < 1 || width <= 0 || height <= 0) {
      throw new IllegalArgumentException("a signature box needs a page from 1 and a size");
    }
  }
}
