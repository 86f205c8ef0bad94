package vn.eoffice.signing;

import eu.europa.esig.dss.enumerations.ImageScaling;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignerTextPosition;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.DSSFileFont;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import java.nio.file.Path;
import java.time.Instant;

/**
 * How a signature shows on the page: a box, an image (the signer's signature or the seal, a
 * transparent PNG) and optionally a line of text under it, written with a font that covers
 * Vietnamese and embedded as a subset.
 *
 * @param image PNG bytes, or null for text only
 * @param text null for image only
 * @param font a TrueType font with Vietnamese glyphs (Debian's fonts-dejavu-core: DejaVu Serif;
 *     Debian's Liberation Serif 1.07 lacks letters such as Ủ)
 */
public record Appearance(SignatureBox box, byte[] image, String text, Path font, float fontSize) {

  /** Debian's DejaVu Serif: every Vietnamese letter, precomposed. */
  public static final Path DEFAULT_FONT =
      Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");

  public Appearance {
    if (image == null && text == null) {
      throw new IllegalArgumentException("an appearance shows an image, a text or both");
    }
    image = image == null ? null : image.clone();
  }

  /**
   * The organisation's signature on an attachment or appendix in its own file (Phụ lục I): top
   * right of the first page, no image, the document's số ký hiệu and the signing time in ISO 8601
   * with Vietnam's offset, size 10.
   */
  public static Appearance attachmentStamp(byte[] pdf, String notation, Instant signingTime) {
    String time =
        signingTime
            .atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
            .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    return new Appearance(
        SignatureBox.topRightOfFirstPage(pdf, 190, 30),
        null,
        notation + "\n" + time,
        DEFAULT_FONT,
        10);
  }

  @Override
  public byte[] image() {
    return image == null ? null : image.clone();
  }

  SignatureImageParameters toParameters() {
    SignatureImageParameters parameters = new SignatureImageParameters();
    SignatureFieldParameters field = new SignatureFieldParameters();
    field.setPage(box.page());
    field.setOriginX(box.x());
    field.setOriginY(box.y());
    field.setWidth(box.width());
    field.setHeight(box.height());
    parameters.setFieldParameters(field);
    parameters.setImageScaling(ImageScaling.ZOOM_AND_CENTER);
    if (image != null) {
      parameters.setImage(new InMemoryDocument(image, "signature.png", MimeTypeEnum.PNG));
    }
    if (text != null) {
      DSSFileFont dssFont = new DSSFileFont(new FileDocument(font.toFile()), fontSize);
      dssFont.setEmbedFontSubset(true);
      SignatureImageTextParameters textParameters = new SignatureImageTextParameters();
      textParameters.setFont(dssFont);
      textParameters.setText(text);
      textParameters.setSignerTextPosition(
          image == null ? SignerTextPosition.TOP : SignerTextPosition.BOTTOM);
      parameters.setTextParameters(textParameters);
    }
    return parameters;
  }
}
