package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.Workflows.expect;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.eoffice.signing.pkcs11.SoftHsm;

/**
 * Two e-Office installations, each a process of its own with its own database, exchanging documents
 * over HTTP on 127.0.0.1: the demo province H99 (whose commune sends) and the demo province H98
 * (whose department and commune receive). Each holds the other's agencies in its directory of
 * partners with their certificates; packages and statuses are signed with the agencies' seal keys.
 */
class ExchangeBetweenInstallationsIT {

  static final String SENDER = "000.00.31.H99";
  static final String DEPARTMENT = "000.00.01.H98";
  static final String COMMUNE = "000.00.32.H98";

  private static LaunchedApplication sending;
  private static LaunchedApplication receiving;
  private static int receivingPort;
  private static Map<String, String> receivingEnvironment;

  @BeforeAll
  static void start() throws Exception {
    SigningFixture.get();
    Map<String, String> common = new HashMap<>();
    common.put("EOFFICE_DEMO_PASSWORD", ApiClient.DEMO_PASSWORD);
    common.put("EOFFICE_SEAL_PKCS11_LIBRARY", SoftHsm.LIBRARY.toString());
    common.put("EOFFICE_SEAL_TOKEN_LABEL", System.getProperty("eoffice.seal.token-label"));
    common.put("EOFFICE_SEAL_PIN", System.getProperty("eoffice.seal.pin"));
    common.put(
        "EOFFICE_SIGNING_TRUST_ANCHORS", System.getProperty("eoffice.signing.trust-anchors"));
    sending = LaunchedApplication.start("exchange-h99", common);
    receivingEnvironment = new HashMap<>(common);
    receivingEnvironment.put("EOFFICE_DEMO_PROVINCE", "H98");
    receiving = LaunchedApplication.start("exchange-h98", receivingEnvironment);
    receivingPort = receiving.base.getPort();

    // Each platform administrator adds the other side's agencies with their certificate.
    String senderCertificate =
        expect(200, client(sending, "quantri").get("api/exchange/certificate"));
    String receiverCertificate =
        expect(200, client(receiving, "quantri.snv").get("api/exchange/certificate"));
    partner(sending, DEPARTMENT, "Sở Nội vụ tỉnh H98", receiving, receiverCertificate);
    partner(sending, COMMUNE, "UBND xã Bình An tỉnh H98", receiving, receiverCertificate);
    partner(receiving, SENDER, "UBND xã Demo tỉnh H99", sending, senderCertificate);
  }

  @AfterAll
  static void stop() throws Exception {
    if (receiving != null) {
      receiving.close();
    }
    if (sending != null) {
      sending.close();
    }
  }

  private static void partner(
      LaunchedApplication at, String code, String name, LaunchedApplication of, String pem) {
    expect(
        201,
        client(at, "nentang")
            .post(
                "api/exchange/partners",
                jakarta.json.Json.createObjectBuilder()
                    .add("organCode", code)
                    .add("name", name)
                    .add("endpoint", of.base.resolve("exchange/edxml").toString())
                    .add("certificate", pem)
                    .build()
                    .toString()));
  }

  @Test
  void sentAcceptedAssignedAndDoneEachSeenBySender() throws Exception {
    ApiClient clerk = client(sending, "vanthu");
    ApiClient departmentClerk = client(receiving, "vanthu.snv");
    Issued issued = issue("Về việc bố trí cán bộ tiếp dân năm 2027", DEPARTMENT);

    JsonObject arrived = await(clerk, issued.id(), DEPARTMENT, r -> "01".equals(code(r)));
    assertThat(arrived.getString("state")).isEqualTo("DELIVERED");
    JsonObject pack = ExchangeIT.waiting(departmentClerk, issued.notation());
    assertThat(pack.getBoolean("signed")).isTrue();
    assertThat(pack.getString("fromOrgan")).isEqualTo(SENDER);

    long packageId = pack.getJsonNumber("id").longValue();
    long registered =
        JsonBodies.object(
                expect(
                    200,
                    departmentClerk.post("api/exchange/incoming/" + packageId + "/accept", "{}")))
            .getJsonNumber("documentId")
            .longValue();
    JsonObject sent = JsonBodies.object(expect(200, clerk.get("api/documents/" + issued.id())));
    JsonObject received =
        JsonBodies.object(expect(200, departmentClerk.get("api/documents/" + registered)));
    for (String field : List.of("subject", "notation", "documentDate", "typeName", "urgency")) {
      assertThat(received.get(field)).as(field).isEqualTo(sent.get(field));
    }
    assertThat(received.getString("issuerName")).isEqualTo("UBND xã Demo");
    assertThat(Workflows.fileSha256(departmentClerk, registered))
        .isEqualTo(Workflows.fileSha256(clerk, issued.id()));
    await(clerk, issued.id(), DEPARTMENT, r -> "03".equals(code(r)));

    ApiClient head = client(receiving, "lanhdao.snv");
    ApiClient officer = client(receiving, "chuyenvien.snv");
    expect(
        200,
        departmentClerk.post(
            "api/incoming-documents/" + registered + "/presentation",
            "{\"leader\":\"lanhdao.snv\"}"));
    expect(
        200,
        head.post(
            "api/incoming-documents/" + registered + "/instruction",
            "{\"instruction\":\"Giao phòng TCCB\",\"lead\":{\"username\":\"chuyenvien.snv\"}}"));
    await(clerk, issued.id(), DEPARTMENT, r -> "04".equals(code(r)));
    long line =
        JsonBodies.object(expect(200, officer.get("api/inbox?view=new")))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(i -> i.getJsonObject("document").getJsonNumber("id").longValue() == registered)
            .findFirst()
            .orElseThrow()
            .getJsonObject("assignment")
            .getJsonNumber("id")
            .longValue();
    expect(200, officer.post("api/assignments/" + line + "/progress", "{\"note\":\"Đang làm\"}"));
    await(clerk, issued.id(), DEPARTMENT, r -> "05".equals(code(r)));
    expect(
        200,
        officer.post(
            "api/assignments/" + line + "/result", "{\"kind\":\"ARCHIVED\",\"note\":\"Xong\"}"));
    JsonObject done = await(clerk, issued.id(), DEPARTMENT, r -> "06".equals(code(r)));
    assertThat(
            done.getJsonArray("statuses").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("code"))
                .toList())
        .containsExactly("01", "03", "04", "05", "06");
  }

  @Test
  void refusedWithAReasonThatTheSenderSees() throws Exception {
    ApiClient clerk = client(sending, "vanthu");
    ApiClient communeClerk = client(receiving, "vanthu.binhan");
    Issued issued = issue("Về việc đề nghị hỗ trợ kinh phí", COMMUNE);
    await(clerk, issued.id(), COMMUNE, r -> "01".equals(code(r)));
    long packageId =
        ExchangeIT.waiting(communeClerk, issued.notation()).getJsonNumber("id").longValue();

    expect(
        200,
        communeClerk.post(
            "api/exchange/incoming/" + packageId + "/refuse",
            "{\"reason\":\"Gửi nhầm: việc này thuộc Sở Tài chính\"}"));

    JsonObject refused = await(clerk, issued.id(), COMMUNE, r -> "02".equals(code(r)));
    assertThat(refused.getJsonArray("statuses").getJsonObject(1).getString("description"))
        .isEqualTo("Gửi nhầm: việc này thuộc Sở Tài chính");
  }

  @Test
  void aRecallAgreedMarksTheRecipientsCopyRecalled() throws Exception {
    ApiClient clerk = client(sending, "vanthu");
    ApiClient departmentClerk = client(receiving, "vanthu.snv");
    Issued issued = issue("Về việc thu hồi văn bản gửi nhầm", DEPARTMENT);
    await(clerk, issued.id(), DEPARTMENT, r -> "01".equals(code(r)));
    long packageId =
        ExchangeIT.waiting(departmentClerk, issued.notation()).getJsonNumber("id").longValue();
    long registered =
        JsonBodies.object(
                expect(
                    200,
                    departmentClerk.post("api/exchange/incoming/" + packageId + "/accept", "{}")))
            .getJsonNumber("documentId")
            .longValue();
    await(clerk, issued.id(), DEPARTMENT, r -> "03".equals(code(r)));

    long recipient =
        ExchangeIT.recipient(clerk, issued.id(), DEPARTMENT).getJsonNumber("id").longValue();
    expect(
        200,
        clerk.post(
            "api/exchange/recipients/" + recipient + "/amendment",
            "{\"kind\":\"RECALL\",\"reason\":\"Ban hành nhầm, thu hồi để sửa\"}"));
    await(clerk, issued.id(), DEPARTMENT, r -> "13".equals(code(r)));
    JsonObject request = ExchangeIT.waiting(departmentClerk, issued.notation());
    assertThat(request.getInt("business")).isEqualTo(1);
    expect(
        200,
        departmentClerk.post(
            "api/exchange/incoming/" + request.getJsonNumber("id").longValue() + "/accept", "{}"));

    JsonObject agreed = await(clerk, issued.id(), DEPARTMENT, r -> "15".equals(code(r)));
    assertThat(
            agreed.getJsonArray("statuses").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("code"))
                .toList())
        .containsExactly("01", "03", "13", "15");
    JsonObject recalled =
        JsonBodies.object(expect(200, departmentClerk.get("api/documents/" + registered)));
    assertThat(recalled.getString("status")).isEqualTo("RECALLED");
    assertThat(recalled.getJsonArray("files")).isEmpty();
  }

  @Test
  void aReceiverStoppedDuringTheSendGetsThePackageOnceWhenItIsBack() throws Exception {
    ApiClient clerk = client(sending, "vanthu");
    receiving.close();
    Issued issued;
    try {
      issued = issue("Về việc gửi khi nơi nhận tạm dừng", DEPARTMENT);
      JsonObject waiting =
          await(
              clerk,
              issued.id(),
              DEPARTMENT,
              r ->
                  r.containsKey("delivery")
                      && !r.isNull("delivery")
                      && r.getJsonObject("delivery").getInt("attempts") >= 1);
      assertThat(waiting.getString("state")).isEqualTo("SENDING");
      assertThat(waiting.getJsonObject("delivery").getString("lastError"))
          .contains("cannot be reached");
    } finally {
      receiving = LaunchedApplication.restart("exchange-h98", receivingEnvironment, receivingPort);
    }
    long recipientId =
        ExchangeIT.recipient(clerk, issued.id(), DEPARTMENT).getJsonNumber("id").longValue();
    // The operator does not wait for the next attempt (its wait grows after each failure).
    expect(200, clerk.post("api/exchange/recipients/" + recipientId + "/retry", "{}"));
    await(clerk, issued.id(), DEPARTMENT, r -> "01".equals(code(r)));

    ApiClient departmentClerk = client(receiving, "vanthu.snv");
    // The same package once more, as a sender whose answer was lost would send it: taken once.
    byte[] again =
        clerk
            .get("api/exchange/documents/" + issued.id() + "/edxml?to=" + DEPARTMENT)
            .body()
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> duplicate = post(receiving, again);
    assertThat(duplicate.statusCode()).isEqualTo(200);
    assertThat(duplicate.body()).contains("duplicate");
    List<JsonObject> packages =
        JsonBodies.array(expect(200, departmentClerk.get("api/exchange/incoming")))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(p -> issued.notation().equals(p.getString("notation", null)))
            .toList();
    assertThat(packages).hasSize(1);
  }

  @Test
  void aChangedPackageAnUnknownSenderAndAnotherAddresseeAreRefusedWithTheReason() throws Exception {
    ApiClient clerk = client(sending, "vanthu");
    Issued issued = issue("Về việc kiểm tra gói tin bị sửa", DEPARTMENT);
    await(clerk, issued.id(), DEPARTMENT, r -> "01".equals(code(r)));
    String signed =
        expect(200, clerk.get("api/exchange/documents/" + issued.id() + "/edxml?to=" + DEPARTMENT));
    assertThat(signed).contains("<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"");

    String changedSubject = "Về việc kiểm tra gói tin ĐÃ BỊ SỬA";
    HttpResponse<String> changed =
        post(
            receiving,
            signed
                .replace("kiểm tra gói tin bị sửa", "kiểm tra gói tin ĐÃ BỊ SỬA")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(changed.statusCode()).isEqualTo(422);
    assertThat(changed.body())
        .contains("SignatureInvalid")
        .contains("the message was changed after it was signed");

    HttpResponse<String> unknown =
        post(
            receiving,
            ExchangeIT.unsigned("123.45.67.A89", DEPARTMENT, "Gói tin lạ")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(unknown.statusCode()).isEqualTo(403);
    assertThat(unknown.body()).contains("UnknownSender");

    HttpResponse<String> elsewhere =
        post(
            receiving,
            signed.replace(DEPARTMENT, "000.00.05.H98").getBytes(StandardCharsets.UTF_8));
    assertThat(elsewhere.statusCode()).isEqualTo(422);
    assertThat(elsewhere.body()).contains("NotAddressedHere");

    // Nothing of these reached a queue or a register.
    ApiClient departmentClerk = client(receiving, "vanthu.snv");
    String queue = expect(200, departmentClerk.get("api/exchange/incoming"));
    assertThat(queue).doesNotContain(changedSubject).doesNotContain("Gói tin lạ");
    assertThat(expect(200, client(receiving, "nentang").get("api/exchange/refusals")))
        .contains("SignatureInvalid")
        .contains("UnknownSender")
        .contains("NotAddressedHere");
  }

  /** An issued document of the sending commune. */
  record Issued(long id, String notation) {}

  private static Issued issue(String subject, String to) {
    ApiClient officer = client(sending, "chuyenvien");
    ApiClient chairman = client(sending, "lanhdao");
    ApiClient clerk = client(sending, "vanthu");
    long draft =
        Workflows.approvedDraft(officer, chairman, IncomingDocumentBuilder.DECISION, subject);
    expect(
        200,
        officer.put(
            "api/exchange/documents/" + draft + "/recipients",
            "{\"organCodes\":[\"%s\"],\"paper\":false}".formatted(to)));
    String notation =
        JsonBodies.object(
                expect(200, clerk.post("api/outgoing-documents/" + draft + "/issue", "{}")))
            .getString("notation");
    return new Issued(draft, notation);
  }

  private static String code(JsonObject recipient) {
    return recipient.getString("statusCode", null);
  }

  /** The sender's view of the recipient once it satisfies the condition (within 60 s). */
  private static JsonObject await(
      ApiClient clerk, long document, String organCode, Predicate<JsonObject> condition)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    JsonObject last = null;
    while (Instant.now().isBefore(deadline)) {
      last = ExchangeIT.recipient(clerk, document, organCode);
      if (condition.test(last)) {
        return last;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the recipient " + organCode + " never got there: " + last);
  }

  private static HttpResponse<String> post(LaunchedApplication at, byte[] body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(at.base.resolve("exchange/edxml"))
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static ApiClient client(LaunchedApplication at, String username) {
    return ApiClient.signedIn(URI.create(at.base.toString()), username, ApiClient.DEMO_PASSWORD);
  }
}
