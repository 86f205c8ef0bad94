package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.Workflows.actions;
import static vn.eoffice.app.Workflows.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.eoffice.signing.Appearance;
import vn.eoffice.signing.PadesSealer;
import vn.eoffice.signing.agent.SigningAgent;
import vn.eoffice.signing.pki.Pdfsig;
import vn.eoffice.signing.pki.TestPki;

/**
 * Ký số end to end in the container: a test PKI with OCSP and a time-stamping authority on
 * 127.0.0.1, the leader's USB token and the organisation's HSM in SoftHSM, the signing agent on
 * 127.0.0.1 answering the page's origin (the user's PIN comes from the test's hook). The chairman
 * signs the approved decision in two steps through the agent, the clerk's issue numbers it and adds
 * the seal, and the PDF carries two signatures that DSS and poppler's pdfsig both find valid and
 * trusted. Each refusal leaves no version behind.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SigningIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static SigningFixture fixture;
  private static TestPki pki;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @BeforeAll
  static void pkiTokensAndAgent() {
    fixture = SigningFixture.get();
    pki = fixture.pki;
  }

  private SigningAgent agent() {
    return fixture.agent(origin());
  }

  private String origin() {
    return SigningFixture.origin(base);
  }

  @Test
  void theChairmanSignsWithHisTokenAndTheClerkSealsAtIssue() throws Exception {
    ApiClient chairman = signIn("lanhdao");
    ApiClient clerk = signIn("vanthu");
    ApiClient admin = signIn("quantri");
    uploadSignatureImage(chairman);
    expect(
        200, admin.putBytes("api/signature-images/seal", "image/png", SigningFixture.sealImage()));
    long draft =
        SigningFixture.approvedDecision(
            base,
            chairman,
            "Quyết định giao đất cho hộ ông Nguyễn Văn Bình",
            SigningFixture.appendix("Danh sách thửa đất giao"));
    String path = "api/outgoing-documents/" + draft;

    // The page asks the agent for the token's certificates, then the server for the data to sign.
    JsonObject certificate =
        agentCall("GET", "/certificates", null).getJsonArray("certificates").getJsonObject(0);
    JsonObject challenge =
        JsonBodies.object(
            expect(
                200,
                chairman.post(
                    path + "/signature/prepare",
                    Json.createObjectBuilder()
                        .add("certificateChain", certificate.getJsonArray("chain"))
                        .build()
                        .toString())));
    assertThat(challenge.getString("algorithm")).isEqualTo("SHA256withRSA");
    fixture.user.asked.clear();
    JsonObject signed =
        agentCall(
            "POST",
            "/sign",
            Json.createObjectBuilder()
                .add("certificateId", certificate.getString("id"))
                .add("algorithm", challenge.getString("algorithm"))
                .add("dataToSign", challenge.getString("dataToSign"))
                .add("notation", challenge.getString("notation"))
                .add("subject", challenge.getString("subject"))
                .build()
                .toString());
    assertThat(fixture.user.asked)
        .singleElement()
        .satisfies(
            asked -> {
              assertThat(asked.subject())
                  .isEqualTo("Quyết định giao đất cho hộ ông Nguyễn Văn Bình");
              assertThat(asked.origin()).isEqualTo(origin());
            });
    JsonObject afterSigning =
        JsonBodies.object(
            expect(
                200,
                chairman.post(
                    path + "/signature/complete",
                    Json.createObjectBuilder()
                        .add("requestId", challenge.getJsonNumber("requestId").longValue())
                        .add("signatureValue", signed.getString("signatureValue"))
                        .build()
                        .toString())));
    assertThat(afterSigning.getString("status")).isEqualTo("SIGNED");
    assertThat(
            JsonBodies.object(expect(200, chairman.get(path.replace("outgoing-", ""))))
                .getJsonArray("files")
                .getJsonObject(0)
                .getJsonArray("versions")
                .getJsonObject(2)
                .getJsonObject("signatures")
                .getString("outcome"))
        .as("the signed version's check, kept when it was made")
        .isEqualTo("VALID");
    // Signed once: the same prepared signature is not completed again.
    ApiClient.Answer again =
        chairman.post(
            path + "/signature/complete",
            "{\"requestId\":%d,\"signatureValue\":\"%s\"}"
                .formatted(
                    challenge.getJsonNumber("requestId").longValue(),
                    signed.getString("signatureValue")));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("SignedAlready");

    JsonObject issued = JsonBodies.object(expect(200, clerk.post(path + "/issue", "{}")));
    assertThat(issued.getString("status")).isEqualTo("ISSUED");
    assertThat(issued.getString("notation"))
        .isEqualTo("%02d/QĐ-UBND".formatted(issued.getInt("number")));
    long fileId = issued.getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();
    assertThat(issued.getJsonArray("files").getJsonObject(0).getJsonArray("versions"))
        .as("draft, the approved draft with its QR code, leader's signature, seal")
        .hasSize(4);

    byte[] sealed = clerk.download("api/documents/%d/files/%d".formatted(draft, fileId)).body();
    assertThat(Pdfsig.verify(sealed, pki.root().certificate()))
        .as("poppler's pdfsig, trusting the test root")
        .containsExactly(
            new Pdfsig.Report("Trần Văn Đạo", "Signature is Valid.", "Certificate is Trusted."),
            new Pdfsig.Report("UBND xã Demo", "Signature is Valid.", "Certificate is Trusted."));

    JsonObject report =
        JsonBodies.object(
            expect(
                200, clerk.get("api/documents/%d/files/%d/signatures".formatted(draft, fileId))));
    assertThat(report.getBoolean("allValid")).isTrue();
    List<JsonObject> signatures = report.getJsonArray("signatures").getValuesAs(JsonObject.class);
    assertThat(signatures).extracting(s -> s.getString("status")).containsExactly("VALID", "VALID");
    assertThat(signatures).extracting(s -> s.getString("level")).containsOnly("PAdES-BASELINE-T");
    assertThat(signatures.get(0).getString("signedBy")).isEqualTo("Trần Văn Đạo");
    assertThat(signatures.get(1).getString("signedBy")).isEqualTo("UBND xã Demo");
    ApiClient.Download dss =
        clerk.download("api/documents/%d/files/%d/signatures/report".formatted(draft, fileId));
    assertThat(dss.status()).isEqualTo(200);
    assertThat(dss.header("Content-Disposition")).contains("attachment");
    assertThat(new String(dss.body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("DetailedReport")
        .contains("TOTAL_PASSED");
    assertThat(actions(clerk, draft)).containsSubsequence("APPROVED", "SIGNED", "ISSUED");

    // The appendix in its own file: the organisation's signature alone, with the số ký hiệu.
    JsonObject appendixFile = issued.getJsonArray("files").getJsonObject(1);
    assertThat(appendixFile.getJsonArray("versions")).as("as drafted, stamped").hasSize(2);
    byte[] appendix =
        clerk
            .download(
                "api/documents/%d/files/%d"
                    .formatted(draft, appendixFile.getJsonNumber("id").longValue()))
            .body();
    assertThat(Pdfsig.verify(appendix, pki.root().certificate()))
        .containsExactly(
            new Pdfsig.Report("UBND xã Demo", "Signature is Valid.", "Certificate is Trusted."));
    assertThat(SigningFixture.appearanceText(appendix))
        .contains(issued.getString("notation"))
        .containsPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00");
  }

  @Test
  void signedPdfsReceivedAreCheckedWhenTheyAreRegistered() throws Exception {
    ApiClient clerk = signIn("vanthu");
    byte[] signed;
    try (var token = TestPki.fileToken(pki.seal())) {
      signed =
          new PadesSealer()
              .seal(
                  SigningFixture.decision("Quyết định của UBND xã Demo gửi đến"),
                  token,
                  token.getKeys().get(0),
                  java.time.Instant.now(),
                  null);
    }

    long valid = registerIncoming(clerk, "cong-van-den.pdf", signed);
    long changed = registerIncoming(clerk, "da-sua.pdf", textAddedAfterSigning(signed));
    long unsigned =
        registerIncoming(clerk, "chua-ky.pdf", SigningFixture.decision("Bản chụp không ký"));

    // Checked in the background right after registration: nobody asked for a report.
    JsonObject validCheck = awaitSignatureCheck(clerk, valid);
    assertThat(validCheck.getString("outcome")).isEqualTo("VALID");
    assertThat(validCheck.getInt("count")).isEqualTo(1);
    assertThat(validCheck.getJsonArray("statuses").getString(0)).isEqualTo("VALID");
    JsonObject changedCheck = awaitSignatureCheck(clerk, changed);
    assertThat(changedCheck.getString("outcome")).isEqualTo("INVALID");
    assertThat(changedCheck.getJsonArray("statuses").getString(0))
        .isEqualTo("CHANGED_AFTER_SIGNING");
    JsonObject unsignedCheck = awaitSignatureCheck(clerk, unsigned);
    assertThat(unsignedCheck.getString("outcome")).isEqualTo("NONE");
    assertThat(unsignedCheck.getInt("count")).isZero();
  }

  private static long registerIncoming(ApiClient clerk, String name, byte[] pdf) throws Exception {
    long upload = Workflows.id(expect(201, clerk.upload(name, "application/pdf", pdf)));
    return Workflows.id(
        expect(
            201,
            clerk.post(
                "api/incoming-documents",
                IncomingDocumentBuilder.anIncomingDocument().withUpload(upload).json())));
  }

  /** The first file's signature check, waiting up to a minute for the background check. */
  private static JsonObject awaitSignatureCheck(ApiClient clerk, long document) throws Exception {
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
    while (true) {
      JsonObject version =
          JsonBodies.object(expect(200, clerk.get("api/documents/" + document)))
              .getJsonArray("files")
              .getJsonObject(0)
              .getJsonArray("versions")
              .getJsonObject(0);
      if (version.containsKey("signatures")) {
        return version.getJsonObject("signatures");
      }
      assertThat(System.nanoTime())
          .as("signatures of document %d checked", document)
          .isLessThan(until);
      Thread.sleep(200);
    }
  }

  @Test
  void aValueThatDoesNotMatchThePreparedDataIsRefusedAndNothingIsStored() throws Exception {
    ApiClient chairman = signIn("lanhdao");
    uploadSignatureImage(chairman);
    long draft =
        SigningFixture.approvedDecision(base, chairman, "Quyết định thành lập tổ công tác");
    String path = "api/outgoing-documents/" + draft;
    JsonObject challenge = prepare(chairman, path, pki.leader());

    byte[] otherData = "dữ liệu khác".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ApiClient.Answer refused = complete(chairman, path, challenge, sign(pki.leader(), otherData));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("SignatureMismatch");
    assertUnsigned(chairman, draft);
  }

  @Test
  void anExpiredCertificateIsRefusedBeforeAnythingIsSigned() throws Exception {
    ApiClient chairman = signIn("lanhdao");
    uploadSignatureImage(chairman);
    long draft = SigningFixture.approvedDecision(base, chairman, "Quyết định khen thưởng");

    ApiClient.Answer refused =
        chairman.post(
            "api/outgoing-documents/" + draft + "/signature/prepare", chainJson(pki.expiredUser()));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("CertificateNotValid");
    assertUnsigned(chairman, draft);
  }

  @Test
  void aRevokedCertificateMakesASignatureThatIsNotStored() throws Exception {
    ApiClient chairman = signIn("lanhdao");
    uploadSignatureImage(chairman);
    long draft = SigningFixture.approvedDecision(base, chairman, "Quyết định thu hồi đất");
    String path = "api/outgoing-documents/" + draft;
    JsonObject challenge = prepare(chairman, path, pki.revokedUser());

    ApiClient.Answer refused =
        complete(
            chairman,
            path,
            challenge,
            sign(pki.revokedUser(), Base64.getDecoder().decode(challenge.getString("dataToSign"))));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("SignatureNotValid").contains("REVOKED");
    assertUnsigned(chairman, draft);
  }

  @Test
  void theSealIsRefusedWhenTheSignedTextWasChangedAfterApprovalAndNoNumberIsTaken()
      throws Exception {
    ApiClient chairman = signIn("lanhdao");
    ApiClient clerk = signIn("vanthu");
    ApiClient admin = signIn("quantri");
    uploadSignatureImage(chairman);
    expect(
        200, admin.putBytes("api/signature-images/seal", "image/png", SigningFixture.sealImage()));
    long draft = SigningFixture.approvedDecision(base, chairman, "Quyết định phê duyệt dự toán");
    String path = "api/outgoing-documents/" + draft;
    JsonObject challenge = prepare(chairman, path, pki.leader());
    expect(
        200,
        complete(
            chairman,
            path,
            challenge,
            sign(pki.leader(), Base64.getDecoder().decode(challenge.getString("dataToSign")))));
    // Someone with access to the server's disk adds text to the signed PDF after signing.
    String signedSha = Workflows.fileSha256(clerk, draft);
    Path stored =
        Path.of(System.getProperty("eoffice.data.dir"))
            .resolve("files")
            .resolve(signedSha.substring(0, 2))
            .resolve(signedSha.substring(2, 4))
            .resolve(signedSha);
    Files.write(stored, textAddedAfterSigning(Files.readAllBytes(stored)));
    int before =
        issuedNumber(clerk, SigningFixture.approvedDecision(base, chairman, "Quyết định trước"));

    ApiClient.Answer refused = clerk.post(path + "/issue", "{}");

    // The text of the signed file is compared with the approved draft before anything is sealed.
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body()).contains("TextDiffersFromApproved").contains("5.000 m²");
    // The refusal names the approved and the signed version: the clerk sees every difference.
    JsonObject versions = JsonBodies.object(refused.body()).getJsonObject("comparison");
    JsonObject differences =
        JsonBodies.object(
            expect(
                200,
                clerk.get(
                    "api/comparisons?before="
                        + versions.getString("before")
                        + "&after="
                        + versions.getString("after"))));
    assertThat(versions.getString("before"))
        .startsWith(draft + ":")
        .isNotEqualTo(versions.getString("after"));
    assertThat(differences.getJsonObject("comparison").getJsonArray("changes").toString())
        .contains("5.000 m²");
    JsonObject document = JsonBodies.object(expect(200, clerk.get("api/documents/" + draft)));
    assertThat(document.getString("status")).isEqualTo("SIGNED");
    assertThat(document.containsKey("number")).isFalse();
    assertThat(
            issuedNumber(clerk, SigningFixture.approvedDecision(base, chairman, "Quyết định sau")))
        .as("no number burned")
        .isEqualTo(before + 1);
    JsonObject report =
        JsonBodies.object(
            expect(
                200,
                clerk.get(
                    "api/documents/%d/files/%d/signatures"
                        .formatted(
                            draft,
                            document
                                .getJsonArray("files")
                                .getJsonObject(0)
                                .getJsonNumber("id")
                                .longValue()))));
    assertThat(report.getBoolean("allValid")).isFalse();
    assertThat(report.getJsonArray("signatures").getJsonObject(0).getString("status"))
        .isEqualTo("CHANGED_AFTER_SIGNING");
  }

  @Test
  void anImageWithoutTransparencyIsRefused() throws Exception {
    ApiClient chairman = signIn("lanhdao");
    BufferedImage opaque = new BufferedImage(200, 80, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(opaque, "png", out);

    ApiClient.Answer refused =
        chairman.putBytes("api/signature-images/mine", "image/png", out.toByteArray());

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("PngWithoutTransparency").contains("alpha");
  }

  private JsonObject prepare(ApiClient leader, String path, TestPki.Credential signer) {
    return JsonBodies.object(
        expect(200, leader.post(path + "/signature/prepare", chainJson(signer))));
  }

  private static ApiClient.Answer complete(
      ApiClient leader, String path, JsonObject challenge, byte[] value) {
    return leader.post(
        path + "/signature/complete",
        "{\"requestId\":%d,\"signatureValue\":\"%s\"}"
            .formatted(
                challenge.getJsonNumber("requestId").longValue(),
                Base64.getEncoder().encodeToString(value)));
  }

  private static byte[] sign(TestPki.Credential signer, byte[] data) throws Exception {
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initSign(signer.key());
    signature.update(data);
    return signature.sign();
  }

  private static String chainJson(TestPki.Credential signer) {
    var chain = Json.createArrayBuilder();
    signer
        .chain()
        .forEach(
            c -> {
              try {
                chain.add(Base64.getEncoder().encodeToString(c.getEncoded()));
              } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException(e);
              }
            });
    return Json.createObjectBuilder().add("certificateChain", chain).build().toString();
  }

  /** The chairman's handwritten signature image, which his digital signature shows. */
  private static void uploadSignatureImage(ApiClient chairman) throws Exception {
    expect(
        200,
        chairman.putBytes(
            "api/signature-images/mine", "image/png", SigningFixture.signatureImage()));
  }

  /** Still approved: the draft and the approved version with its QR code only. */
  private static void assertUnsigned(ApiClient leader, long draft) {
    JsonObject document = JsonBodies.object(expect(200, leader.get("api/documents/" + draft)));
    assertThat(document.getString("status")).isEqualTo("APPROVED");
    assertThat(document.getJsonArray("files").getJsonObject(0).getJsonArray("versions")).hasSize(2);
  }

  /** Issues an approved draft signed on paper (no seal) and answers its number. */
  private static int issuedNumber(ApiClient clerk, long draft) {
    return JsonBodies.object(
            expect(200, clerk.post("api/outgoing-documents/" + draft + "/issue", "{}")))
        .getInt("number");
  }

  /** An incremental update that writes new text on the signed page. */
  private static byte[] textAddedAfterSigning(byte[] signed) throws Exception {
    try (PDDocument document = Loader.loadPDF(signed)) {
      PDPage page = document.getPage(0);
      PDType0Font font = PDType0Font.load(document, Appearance.DEFAULT_FONT.toFile());
      try (PDPageContentStream content =
          new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
        SigningFixture.write(content, font, 60, 640, "Diện tích giao: 5.000 m²");
      }
      page.getCOSObject().setNeedToBeUpdated(true);
      document.getDocumentCatalog().getPages().getCOSObject().setNeedToBeUpdated(true);
      document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.saveIncremental(out);
      return out.toByteArray();
    }
  }

  private JsonObject agentCall(String method, String path, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + agent().port() + path))
            .header("Origin", origin())
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JsonBodies.object(response.body());
  }

  private ApiClient signIn(String username) throws Exception {
    return ApiClient.signedIn(base.toURI(), username, ApiClient.DEMO_PASSWORD);
  }
}
