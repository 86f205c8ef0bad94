package vn.eoffice.app;

import static vn.eoffice.app.Workflows.expect;
import static vn.eoffice.app.Workflows.id;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.eoffice.signing.Appearance;
import vn.eoffice.signing.agent.AgentSettings;
import vn.eoffice.signing.agent.Confirmation;
import vn.eoffice.signing.agent.SigningAgent;
import vn.eoffice.signing.agent.SigningRequest;
import vn.eoffice.signing.pkcs11.SoftHsm;
import vn.eoffice.signing.pki.TestPki;
import vn.eoffice.signing.pki.TestPkiServer;
import vn.eoffice.signing.pki.TestTsa;

/**
 * What the signing tests share, made once per JVM: a test PKI with its OCSP responder and CRLs on
 * 127.0.0.1, a time-stamping authority, the chairman's USB token and the organisation's HSM in
 * SoftHSM (which reads its slots once per process, so the tokens exist before it is first loaded),
 * the application's signing settings (read on every signature: the container runs in this JVM), and
 * the signing agent per page origin with a scripted user who confirms and types the PIN.
 */
final class SigningFixture {

  static final String PIN = "246810";

  /** The chairman's printed name under his signature (and his certificate's). */
  static final String SIGNER = "Trần Văn Đạo";

  private static SigningFixture instance;

  final TestPkiServer pkiServer;
  final TestPki pki;
  final TestTsa tsa;
  final ScriptedUser user = new ScriptedUser();
  private final long usbSlot;
  private final Map<String, SigningAgent> agents = new HashMap<>();

  /** The agent's test hook: the user's answers in its terminal, and what they were shown. */
  static final class ScriptedUser implements Confirmation {
    final List<SigningRequest> asked = new ArrayList<>();

    @Override
    public synchronized Optional<char[]> confirm(SigningRequest request) {
      asked.add(request);
      return Optional.of(PIN.toCharArray());
    }
  }

  static synchronized SigningFixture get() {
    if (instance == null) {
      instance = new SigningFixture();
      Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
    }
    return instance;
  }

  private SigningFixture() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    pkiServer = new TestPkiServer(now);
    pki = pkiServer.pki();
    tsa = new TestTsa(pki);
    SoftHsm softHsm = SoftHsm.ofThisJvm();
    String run = Long.toString(System.nanoTime());
    String sealLabel = "hsm-seal-" + run;
    String sealPin = "seal-pin-" + run;
    usbSlot = softHsm.initToken("usb-lanhdao-" + run, PIN, "13579135");
    long hsm = softHsm.initToken(sealLabel, sealPin, "97531975");
    writeKey(usbSlot, PIN, "lanhdao", pki.leader());
    writeKey(hsm, sealPin, "con-dau", pki.seal());
    try {
      Path anchors = Files.createTempFile("trust-anchors", ".pem");
      Files.writeString(
          anchors,
          "-----BEGIN CERTIFICATE-----\n"
              + Base64.getMimeEncoder().encodeToString(pki.root().certificate().getEncoded())
              + "\n-----END CERTIFICATE-----\n");
      System.setProperty("eoffice.signing.trust-anchors", anchors.toString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    System.setProperty("eoffice.signing.tsa-url", tsa.url());
    System.setProperty("eoffice.seal.pkcs11-library", SoftHsm.LIBRARY.toString());
    System.setProperty("eoffice.seal.token-label", sealLabel);
    System.setProperty("eoffice.seal.pin", sealPin);
  }

  private static void writeKey(long slot, String pin, String alias, TestPki.Credential credential) {
    var writer = SoftHsm.provider("writer" + slot, slot);
    SoftHsm.importCredential(writer, pin.toCharArray(), alias, credential);
    try {
      ((AuthProvider) writer).logout();
    } catch (javax.security.auth.login.LoginException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The signing agent installed for this page origin, on a free port of 127.0.0.1. */
  synchronized SigningAgent agent(String origin) {
    return agents.computeIfAbsent(
        origin,
        o ->
            new SigningAgent(
                    new AgentSettings(SoftHsm.LIBRARY, usbSlot, Set.of(o), 0),
                    user,
                    Clock.systemUTC())
                .start());
  }

  /** The origin a page loaded from {@code base} sends. */
  static String origin(URL base) {
    return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
  }

  private synchronized void close() {
    agents.values().forEach(SigningAgent::close);
    tsa.close();
    pkiServer.close();
  }

  /** A decision drafted by the officer with the chairman as signer, approved by him. */
  static long approvedDecision(URL base, ApiClient chairman, String subject) throws Exception {
    return approvedDecision(base, chairman, subject, new byte[0][]);
  }

  /** The same, with appendices in their own PDF files after the decision. */
  static long approvedDecision(URL base, ApiClient chairman, String subject, byte[]... appendices)
      throws Exception {
    ApiClient officer;
    try {
      officer = ApiClient.signedIn(base.toURI(), "chuyenvien", ApiClient.DEMO_PASSWORD);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    StringBuilder uploads =
        new StringBuilder()
            .append(
                id(
                    expect(
                        201,
                        officer.upload("quyet-dinh.pdf", "application/pdf", decision(subject)))));
    for (int i = 0; i < appendices.length; i++) {
      uploads
          .append(',')
          .append(
              id(
                  expect(
                      201,
                      officer.upload(
                          "phu-luc-" + (i + 1) + ".pdf", "application/pdf", appendices[i]))));
    }
    long draft =
        id(
            expect(
                201,
                officer.post(
                    "api/outgoing-documents",
                    ("{\"typeId\":%d,\"subject\":\"%s\",\"signerName\":\"%s\","
                            + "\"signerPosition\":\"Chủ tịch\",\"uploadIds\":[%s]}")
                        .formatted(IncomingDocumentBuilder.DECISION, subject, SIGNER, uploads))));
    Workflows.submitAndApprove(officer, chairman, draft);
    return draft;
  }

  /** A one-page decision whose signature block reads "CHỦ TỊCH" and, lower, the signer's name. */
  static byte[] decision(String subject) throws Exception {
    return onePage(
        new Line(60, 780, "ỦY BAN NHÂN DÂN XÃ DEMO"),
        new Line(120, 700, "QUYẾT ĐỊNH"),
        new Line(60, 670, subject),
        new Line(380, 300, "CHỦ TỊCH"),
        new Line(370, 210, SIGNER));
  }

  /** An appendix of one page: a title and a line of a table. */
  static byte[] appendix(String title) throws Exception {
    return onePage(
        new Line(200, 760, "PHỤ LỤC"),
        new Line(60, 730, title),
        new Line(60, 690, "1. Thửa đất số 125, tờ bản đồ số 7, diện tích 250 m²"));
  }

  /** A line of text at a place on an A4 page, in points from the bottom left. */
  record Line(float x, float y, String text) {}

  /** An A4 page with these lines in a font that covers Vietnamese. */
  static byte[] onePage(Line... lines) throws Exception {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDType0Font font = PDType0Font.load(document, Appearance.DEFAULT_FONT.toFile());
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        for (Line line : lines) {
          write(content, font, line.x(), line.y(), line.text());
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  /**
   * The text drawn in the first signature's visible appearance, read by drawing that appearance on
   * a scratch page of the (unsaved) document and extracting the page's text.
   */
  static String appearanceText(byte[] pdf) throws Exception {
    try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      var widget =
          document.getSignatureFields().get(0).getWidgets().get(0).getNormalAppearanceStream();
      PDPage scratch = new PDPage(PDRectangle.A4);
      document.addPage(scratch);
      try (PDPageContentStream content = new PDPageContentStream(document, scratch)) {
        content.drawForm(
            new org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject(widget.getCOSObject()));
      }
      var stripper = new org.apache.pdfbox.text.PDFTextStripper();
      stripper.setStartPage(document.getNumberOfPages());
      stripper.setEndPage(document.getNumberOfPages());
      return stripper.getText(document);
    }
  }

  static void write(PDPageContentStream content, PDType0Font font, float x, float y, String text)
      throws Exception {
    content.beginText();
    content.setFont(font, 13);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
  }

  /** A transparent PNG with a blue stroke, like a scanned signature. */
  static byte[] signatureImage() throws Exception {
    BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(20, 40, 160));
    g.setStroke(new BasicStroke(6));
    g.draw(new CubicCurve2D.Float(10, 90, 80, 0, 180, 120, 290, 30));
    g.dispose();
    return png(image);
  }

  /** A red round seal on a transparent background. */
  static byte[] sealImage() throws Exception {
    BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(220, 20, 30));
    g.setStroke(new BasicStroke(14));
    g.drawOval(10, 10, 380, 380);
    g.drawOval(60, 60, 280, 280);
    g.dispose();
    return png(image);
  }

  private static byte[] png(BufferedImage image) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
