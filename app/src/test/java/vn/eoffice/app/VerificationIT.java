package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.Workflows.expect;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.eoffice.signing.pki.Pdfsig;
import vn.eoffice.signing.pki.TestPki;

/**
 * The QR code of an issued document, read by ZXing from the page as rendered, opens the public
 * verification page: "valid" for the sealed file, a copy uploaded there matched byte for byte.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VerificationIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @BeforeEach
  void publicAddress() {
    // The container runs in this JVM: the address the QR codes carry is this deployment's.
    System.setProperty("eoffice.public-url", base.toString());
  }

  @Test
  void theSealedDocumentsQrCodeOpensAPageThatSaysValidAndTellsACopyFromAChangedOne()
      throws Exception {
    SigningFixture fixture = SigningFixture.get();
    ApiClient chairman = signIn("lanhdao");
    ApiClient clerk = signIn("vanthu");
    expect(
        200,
        chairman.putBytes(
            "api/signature-images/mine", "image/png", SigningFixture.signatureImage()));
    expect(
        200,
        signIn("quantri")
            .putBytes("api/signature-images/seal", "image/png", SigningFixture.sealImage()));
    String subject = "Quyết định công nhận thôn văn hóa năm 2026";
    long draft = SigningFixture.approvedDecision(base, chairman, subject);
    String path = "api/outgoing-documents/" + draft;
    TestPki.Credential leader = fixture.pki.leader();
    JsonObject challenge =
        JsonBodies.object(expect(200, chairman.post(path + "/signature/prepare", chain(leader))));
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initSign(leader.key());
    signature.update(Base64.getDecoder().decode(challenge.getString("dataToSign")));
    expect(
        200,
        chairman.post(
            path + "/signature/complete",
            "{\"requestId\":%d,\"signatureValue\":\"%s\"}"
                .formatted(
                    challenge.getJsonNumber("requestId").longValue(),
                    Base64.getEncoder().encodeToString(signature.sign()))));
    JsonObject issued = JsonBodies.object(expect(200, clerk.post(path + "/issue", "{}")));
    long fileId = issued.getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();
    byte[] sealed = clerk.download("api/documents/%d/files/%d".formatted(draft, fileId)).body();

    // The QR code is on the page the signatures cover: read from the rendered first page.
    String address = qrCode(sealed);
    assertThat(address).startsWith(base.toURI().resolve("/verify/").toString());
    assertThat(Pdfsig.verify(sealed, fixture.pki.root().certificate()))
        .as("leader's signature and seal, both over the page with the QR code")
        .hasSize(2);

    JsonObject page = awaitChecked(address);
    assertThat(page.getBoolean("valid")).isTrue();
    assertThat(page.getString("signatures")).isEqualTo("VALID");
    assertThat(page.getString("notation")).isEqualTo(issued.getString("notation"));
    assertThat(page.getString("subject")).isEqualTo(subject);
    assertThat(page.getString("agency")).isEqualTo("UBND xã Demo");
    assertThat(page.getString("sha256")).isEqualTo(sha256(sealed));
    HttpResponse<String> html = get(address, "text/html");
    assertThat(html.body()).contains("Hợp lệ").contains(issued.getString("notation"));

    assertThat(compare(address, sealed).getBoolean("matches")).isTrue();
    byte[] changed = sealed.clone();
    changed[changed.length / 2] ^= 1;
    assertThat(compare(address, changed).getBoolean("matches")).isFalse();
    assertThat(
            get(
                    address.replaceFirst("verify/.*", "verify/aaaaaaaaaaaaaaaaaaaa"),
                    "application/json")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aDraftsCodeIsNotVerifiedBeforeItIsIssued() throws Exception {
    ApiClient officer = signIn("chuyenvien");
    long draft =
        Workflows.approvedDraft(
            officer, signIn("lanhdao"), IncomingDocumentBuilder.DECISION, "Dự thảo chưa phát hành");
    JsonObject document = JsonBodies.object(expect(200, officer.get("api/documents/" + draft)));
    long fileId = document.getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();
    String address =
        qrCode(officer.download("api/documents/%d/files/%d".formatted(draft, fileId)).body());

    HttpResponse<String> answer = get(address, "application/json");
    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.body()).doesNotContain("Dự thảo chưa phát hành");
  }

  /** The text of the QR code on the first page, rendered at 200 dpi as a phone would see it. */
  static String qrCode(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200);
      int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
      return new QRCodeReader()
          .decode(
              new BinaryBitmap(
                  new HybridBinarizer(
                      new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))))
          .getText();
    }
  }

  /** The page as JSON once the background check of the signatures has run. */
  private static JsonObject awaitChecked(String address) throws Exception {
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
    while (true) {
      HttpResponse<String> answer = get(address, "application/json");
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      JsonObject page = JsonBodies.object(answer.body());
      if (!"PENDING".equals(page.getString("signatures"))) {
        return page;
      }
      assertThat(System.nanoTime()).as("the signatures checked").isLessThan(until);
      Thread.sleep(250);
    }
  }

  private static HttpResponse<String> get(String address, String accept) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(address)).header("Accept", accept).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject compare(String address, byte[] copy) throws Exception {
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(address))
                .header("Accept", "application/json")
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(copy))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    return JsonBodies.object(answer.body());
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static String chain(TestPki.Credential signer) throws Exception {
    var chain = jakarta.json.Json.createArrayBuilder();
    for (var certificate : signer.chain()) {
      chain.add(Base64.getEncoder().encodeToString(certificate.getEncoded()));
    }
    return jakarta.json.Json.createObjectBuilder()
        .add("certificateChain", chain)
        .build()
        .toString();
  }

  private ApiClient signIn(String username) throws Exception {
    return ApiClient.signedIn(base.toURI(), username, ApiClient.DEMO_PASSWORD);
  }
}
