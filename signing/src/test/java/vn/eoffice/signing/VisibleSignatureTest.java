package vn.eoffice.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.europa.esig.dss.enumerations.Indication;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.Test;
import vn.eoffice.signing.PdfSignatureValidation.SignatureVerdict;
import vn.eoffice.signing.pki.TestPdfs;
import vn.eoffice.signing.pki.TestPki;

/**
 * The leader's signature image placed where Decree 30 wants it (between the title line and the
 * printed name, found in the text), and the attachment's organisation signature with Vietnamese
 * text in an embedded font subset.
 */
class VisibleSignatureTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private static final TestPki PKI = TestPki.generate("http://127.0.0.1:18181", NOW);
  private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();

  /** A decision whose signature block reads "CHỦ TỊCH" then, lower, the chairman's name. */
  private static byte[] decision() throws Exception {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDType0Font font = PDType0Font.load(document, Appearance.DEFAULT_FONT.toFile());
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        write(content, font, 13, 60, 780, "ỦY BAN NHÂN DÂN XÃ DEMO");
        write(content, font, 13, 200, 700, "QUYẾT ĐỊNH về việc giao đất cho hộ gia đình");
        write(content, font, 13, 380, 300, "CHỦ TỊCH");
        write(content, font, 13, 370, 210, "Trần Văn Đạo");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private static void write(
      PDPageContentStream content, PDType0Font font, float size, float x, float y, String text)
      throws Exception {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
  }

  /** A transparent PNG with a blue stroke, like a scanned signature. */
  private static byte[] signatureImage() throws Exception {
    BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(20, 40, 160));
    g.setStroke(new BasicStroke(6));
    g.draw(new CubicCurve2D.Float(10, 90, 80, 0, 180, 120, 290, 30));
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static byte[] signAsLeader(byte[] pdf, Appearance appearance) throws Exception {
    TwoStepSigning signing = new TwoStepSigning();
    TwoStepSigning.Prepared prepared = signing.prepare(pdf, PKI.leader().chain(), NOW, appearance);
    java.security.Signature signature =
        java.security.Signature.getInstance(prepared.signatureAlgorithm());
    signature.initSign(PKI.leader().key());
    signature.update(prepared.dataToSign());
    return signing.complete(prepared, signature.sign());
  }

  private static List<SignatureVerdict> validate(byte[] pdf) {
    return PKI.validation().validate(pdf);
  }

  @Test
  void theSignatureBoxLiesBetweenTheTitleLineAndThePrintedName() throws Exception {
    SignatureBox box =
        SignaturePlacement.aboveName(decision(), "Trần Văn Đạo", 140, 70).orElseThrow();

    float titleBaseline = PAGE_HEIGHT - 300;
    float nameBaseline = PAGE_HEIGHT - 210;
    assertThat(box.page()).isEqualTo(1);
    assertThat(box.y()).as("top of the box, below the title line").isGreaterThan(titleBaseline);
    assertThat(box.y() + box.height())
        .as("bottom of the box, above the name")
        .isLessThan(nameBaseline - 9);
    assertThat(box.x() + box.width() / 2).as("centred on the name").isBetween(400f, 420f);
    assertThat(SignaturePlacement.aboveName(decision(), "Nguyễn Văn Khác", 140, 70)).isEmpty();
  }

  @Test
  void theLeadersImageIsDrawnThereAndTheSignatureStaysValid() throws Exception {
    byte[] pdf = decision();
    SignatureBox box = SignaturePlacement.aboveName(pdf, "Trần Văn Đạo", 140, 70).orElseThrow();

    byte[] signed =
        signAsLeader(pdf, new Appearance(box, signatureImage(), null, Appearance.DEFAULT_FONT, 10));

    assertThat(validate(signed))
        .singleElement()
        .satisfies(v -> assertThat(v.indication()).isEqualTo(Indication.TOTAL_PASSED));
    // Kept for a look: target/visible-signature.pdf
    java.nio.file.Files.write(java.nio.file.Path.of("target", "visible-signature.pdf"), signed);
    try (PDDocument document = Loader.loadPDF(signed)) {
      PDSignatureField field =
          (PDSignatureField) document.getDocumentCatalog().getAcroForm().getFields().get(0);
      PDRectangle rect = field.getWidgets().get(0).getRectangle();
      assertThat(rect.getLowerLeftX()).isCloseTo(box.x(), within(1f));
      assertThat(rect.getUpperRightY()).isCloseTo(PAGE_HEIGHT - box.y(), within(1f));
      assertThat(rect.getHeight()).isCloseTo(box.height(), within(1f));
      PDSignature signature = field.getSignature();
      assertThat(signature).isNotNull();
    }
  }

  /** A red ring with the agency's name, transparent around it, as a seal scan. */
  private static byte[] sealImage() throws Exception {
    BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(210, 20, 30, 220));
    g.setStroke(new BasicStroke(14));
    g.drawOval(10, 10, 380, 380);
    g.drawOval(70, 70, 260, 260);
    g.fillPolygon(
        new int[] {200, 215, 260, 222, 236, 200, 164, 178, 140, 185},
        new int[] {150, 185, 185, 208, 250, 225, 250, 208, 185, 185},
        10);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  @Test
  void theSealOverlapsTheLeftThirdOfTheLeadersSignatureAndBothStayValid() throws Exception {
    byte[] pdf = decision();
    SignatureBox leaderBox =
        SignaturePlacement.aboveName(pdf, "Trần Văn Đạo", 140, 70).orElseThrow();
    byte[] signed =
        signAsLeader(
            pdf, new Appearance(leaderBox, signatureImage(), null, Appearance.DEFAULT_FONT, 10));
    SignatureBox sealBox = SignatureBox.sealOver(leaderBox, 36);
    byte[] sealed;
    try (var hsm = TestPki.fileToken(PKI.seal())) {
      sealed =
          new PadesSealer()
              .seal(
                  signed,
                  hsm,
                  hsm.getKeys().get(0),
                  NOW.plusSeconds(60),
                  new Appearance(sealBox, sealImage(), null, Appearance.DEFAULT_FONT, 10));
    }
    java.nio.file.Files.write(java.nio.file.Path.of("target", "sealed-decision.pdf"), sealed);

    assertThat(sealBox.width()).as("36 mm in points").isCloseTo(102f, within(0.5f));
    assertThat(sealBox.x() + sealBox.width())
        .as("the seal's right edge at the first third of the signature")
        .isCloseTo(leaderBox.x() + leaderBox.width() / 3, within(0.1f));
    assertThat(validate(sealed))
        .extracting(SignatureVerdict::signedBy, SignatureVerdict::indication)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Trần Văn Đạo", Indication.TOTAL_PASSED),
            org.assertj.core.groups.Tuple.tuple("UBND xã Demo", Indication.TOTAL_PASSED));
  }

  @Test
  void anAttachmentGetsTheOrganisationsStampTopRightWithNotationAndIsoTime() throws Exception {
    byte[] attachment = TestPdfs.blankPage();
    Instant at = Instant.parse("2026-11-23T00:15:30Z");
    Appearance stamp = Appearance.attachmentStamp(attachment, "15/QĐ-UBND", at);

    assertThat(stamp.text()).isEqualTo("15/QĐ-UBND\n2026-11-23T07:15:30+07:00");
    assertThat(stamp.image()).isNull();
    assertThat(stamp.box().x() + stamp.box().width())
        .isCloseTo(PDRectangle.A4.getWidth() - 20, within(0.1f));
    assertThat(stamp.box().y()).isEqualTo(20f);
    byte[] sealed;
    try (var hsm = TestPki.fileToken(PKI.seal())) {
      sealed = new PadesSealer().seal(attachment, hsm, hsm.getKeys().get(0), at, stamp);
    }
    java.nio.file.Files.write(java.nio.file.Path.of("target", "sealed-attachment.pdf"), sealed);
    assertThat(validate(sealed))
        .singleElement()
        .satisfies(v -> assertThat(v.indication()).isEqualTo(Indication.TOTAL_PASSED));
  }

  @Test
  void vietnameseTextIsWrittenWithAnEmbeddedFontSubset() throws Exception {
    SignatureBox topRight = new SignatureBox(1, PDRectangle.A4.getWidth() - 230, 20, 210, 40);
    String text = "Số: 15/QĐ-UBND\nThời gian ký: 07:15:30 23/11/2026";

    byte[] signed =
        signAsLeader(decision(), new Appearance(topRight, null, text, Appearance.DEFAULT_FONT, 9));

    assertThat(validate(signed))
        .singleElement()
        .satisfies(v -> assertThat(v.indication()).isEqualTo(Indication.TOTAL_PASSED));
    List<String> embedded = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(signed)) {
      for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
        COSObject object = document.getDocument().getObjectFromPool(key);
        if (object.getObject() instanceof COSDictionary dictionary
            && COSName.FONT_DESC.equals(dictionary.getCOSName(COSName.TYPE))) {
          embedded.add(dictionary.getNameAsString(COSName.FONT_NAME));
        }
      }
    }
    // The document's own font and the appearance's, each a subset ("ABCDEF+DejaVuSerif").
    assertThat(embedded)
        .hasSizeGreaterThanOrEqualTo(2)
        .allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSerif"));
  }
}
