package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.Workflows.expect;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exchange between two agencies of one installation (UBND xã Demo sends, Sở Nội vụ and UBND xã Bình
 * An receive): the path of a package between installations, without HTTP, in the issue's own
 * transaction; and what the receiving endpoint refuses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExchangeIT {

  static final String COMMUNE = "000.00.31.H99";
  static final String DEPARTMENT = "000.00.01.H99";
  static final String OTHER_COMMUNE = "000.00.32.H99";
  private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 100_000);

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void aDocumentIssuedToAnotherAgencyHereArrivesInItsQueueAndEveryStepReportsBack()
      throws Exception {
    ApiClient clerk = signIn("vanthu");
    ApiClient officer = signIn("chuyenvien");
    ApiClient chairman = signIn("lanhdao");
    ApiClient departmentClerk = signIn("vanthu.snv");
    ApiClient otherClerk = signIn("vanthu.binhan");
    String subject = "Về việc báo cáo biên chế năm 2027, lần " + SERIAL.incrementAndGet();

    // The directory finds the department by its name without diacritics, never the agency itself.
    String found = expect(200, officer.get("api/exchange/directory?q=noi%20vu"));
    assertThat(found).contains(DEPARTMENT).doesNotContain(COMMUNE);

    long draft =
        Workflows.approvedDraft(officer, chairman, IncomingDocumentBuilder.DECISION, subject);
    expect(
        200,
        officer.put(
            "api/exchange/documents/" + draft + "/recipients",
            "{\"organCodes\":[\"%s\",\"%s\"],\"paper\":true}"
                .formatted(DEPARTMENT, OTHER_COMMUNE)));
    assertThat(recipient(clerk, draft, DEPARTMENT).getString("state")).isEqualTo("CHOSEN");
    JsonObject issued =
        JsonBodies.object(
            expect(200, clerk.post("api/outgoing-documents/" + draft + "/issue", "{}")));
    String notation = issued.getString("notation");
    String sentFile = Workflows.fileSha256(clerk, draft);

    // In the department's queue as the issue committed; 01 back at once.
    JsonObject sent = recipient(clerk, draft, DEPARTMENT);
    assertThat(sent.getString("state")).isEqualTo("DELIVERED");
    assertThat(sent.getString("statusCode")).isEqualTo("01");
    JsonObject pack = waiting(departmentClerk, notation);
    assertThat(pack.getString("subject")).isEqualTo(subject);
    assertThat(pack.getString("fromOrgan")).isEqualTo(COMMUNE);
    assertThat(pack.getString("fromName")).isEqualTo("UBND xã Demo");
    assertThat(pack.getBoolean("paper")).isTrue();
    assertThat(pack.getString("typeName")).isEqualTo("Quyết định");
    assertThat(pack.getJsonArray("files")).hasSize(1);
    long packageId = pack.getJsonNumber("id").longValue();
    // Another agency's package reads as if it did not exist.
    assertThat(otherClerk.get("api/exchange/incoming/" + packageId).status()).isEqualTo(404);
    assertThat(clerk.get("api/exchange/incoming/" + packageId).status()).isEqualTo(404);

    // Accepted: registered with the sender's metadata, nothing typed; 03 back.
    JsonObject accepted =
        JsonBodies.object(
            expect(
                200, departmentClerk.post("api/exchange/incoming/" + packageId + "/accept", "{}")));
    long registered = accepted.getJsonNumber("documentId").longValue();
    JsonObject document =
        JsonBodies.object(expect(200, departmentClerk.get("api/documents/" + registered)));
    assertThat(document.getString("direction")).isEqualTo("INCOMING");
    assertThat(document.getString("subject")).isEqualTo(subject);
    assertThat(document.getString("notation")).isEqualTo(notation);
    assertThat(document.getString("issuerName")).isEqualTo("UBND xã Demo");
    assertThat(document.getString("documentDate")).isEqualTo(issued.getString("documentDate"));
    assertThat(document.getJsonNumber("number")).isNotNull();
    assertThat(Workflows.fileSha256(departmentClerk, registered)).isEqualTo(sentFile);
    assertThat(recipient(clerk, draft, DEPARTMENT).getString("statusCode")).isEqualTo("03");
    ApiClient.Answer again =
        departmentClerk.post("api/exchange/incoming/" + packageId + "/accept", "{}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("DecidedAlready");

    // Refused by the other commune, with its reason: 02 back with the reason.
    long otherPackage = waiting(otherClerk, notation).getJsonNumber("id").longValue();
    expect(
        200,
        otherClerk.post(
            "api/exchange/incoming/" + otherPackage + "/refuse",
            "{\"reason\":\"Gửi nhầm cơ quan: không thuộc thẩm quyền của xã Bình An\"}"));
    JsonObject refused = recipient(clerk, draft, OTHER_COMMUNE);
    assertThat(refused.getString("statusCode")).isEqualTo("02");
    assertThat(refused.getJsonArray("statuses").getJsonObject(1).getString("description"))
        .isEqualTo("Gửi nhầm cơ quan: không thuộc thẩm quyền của xã Bình An");

    // The department's handling reports itself: assigned 04, in progress 05, done 06.
    ApiClient departmentHead = signIn("lanhdao.snv");
    ApiClient departmentOfficer = signIn("chuyenvien.snv");
    expect(
        200,
        departmentClerk.post(
            "api/incoming-documents/" + registered + "/presentation",
            "{\"leader\":\"lanhdao.snv\"}"));
    expect(
        200,
        departmentHead.post(
            "api/incoming-documents/" + registered + "/instruction",
            "{\"instruction\":\"Giao chuyên viên tổng hợp\",\"lead\":{\"username\":\"chuyenvien.snv\"}}"));
    assertThat(recipient(clerk, draft, DEPARTMENT).getString("statusCode")).isEqualTo("04");
    long line = line(departmentOfficer, registered);
    expect(
        200,
        departmentOfficer.post(
            "api/assignments/" + line + "/progress", "{\"note\":\"Đang tổng hợp số liệu\"}"));
    assertThat(recipient(clerk, draft, DEPARTMENT).getString("statusCode")).isEqualTo("05");
    expect(
        200,
        departmentOfficer.post(
            "api/assignments/" + line + "/result",
            "{\"kind\":\"ARCHIVED\",\"note\":\"Đã tổng hợp, lưu hồ sơ\"}"));
    JsonObject done = recipient(clerk, draft, DEPARTMENT);
    assertThat(done.getString("statusCode")).isEqualTo("06");
    List<String> codes =
        done.getJsonArray("statuses").getValuesAs(JsonObject.class).stream()
            .map(s -> s.getString("code"))
            .toList();
    assertThat(codes).containsExactly("01", "03", "04", "05", "06");
    assertThat(done.getJsonArray("statuses").getJsonObject(2).getString("staff")).isNotBlank();
  }

  @Test
  void aRecallAgreedStopsTheHandlingAndHidesTheFilesARefusedOneChangesNothing() throws Exception {
    ApiClient clerk = signIn("vanthu");
    ApiClient departmentClerk = signIn("vanthu.snv");
    ApiClient otherClerk = signIn("vanthu.binhan");
    long draft = issuedTo("Về việc thu hồi thử nghiệm", DEPARTMENT, OTHER_COMMUNE);
    String notation = notation(clerk, draft);
    long registered = accept(departmentClerk, notation);
    accept(otherClerk, notation);

    long toDepartment = recipient(clerk, draft, DEPARTMENT).getJsonNumber("id").longValue();
    expect(
        200,
        clerk.post(
            "api/exchange/recipients/" + toDepartment + "/amendment",
            "{\"kind\":\"RECALL\",\"reason\":\"Văn bản ban hành sai thẩm quyền\"}"));
    assertThat(recipient(clerk, draft, DEPARTMENT).getString("statusCode")).isEqualTo("13");
    JsonObject request = waiting(departmentClerk, notation);
    assertThat(request.getInt("business")).isEqualTo(1);
    assertThat(request.getString("reason")).isEqualTo("Văn bản ban hành sai thẩm quyền");
    expect(
        200,
        departmentClerk.post(
            "api/exchange/incoming/" + request.getJsonNumber("id").longValue() + "/accept", "{}"));

    JsonObject agreed = recipient(clerk, draft, DEPARTMENT);
    assertThat(agreed.getString("statusCode")).isEqualTo("15");
    JsonObject recalled =
        JsonBodies.object(expect(200, departmentClerk.get("api/documents/" + registered)));
    assertThat(recalled.getString("status")).isEqualTo("RECALLED");
    assertThat(recalled.getJsonArray("files")).isEmpty();
    assertThat(recalled.getString("subject")).isEqualTo("Về việc thu hồi thử nghiệm");
    // Its handling has stopped.
    ApiClient.Answer presented =
        departmentClerk.post(
            "api/incoming-documents/" + registered + "/presentation",
            "{\"leader\":\"lanhdao.snv\"}");
    assertThat(presented.status()).isEqualTo(409);

    long toCommune = recipient(clerk, draft, OTHER_COMMUNE).getJsonNumber("id").longValue();
    expect(
        200,
        clerk.post(
            "api/exchange/recipients/" + toCommune + "/amendment",
            "{\"kind\":\"RECALL\",\"reason\":\"Gửi nhầm\"}"));
    long commune = waiting(otherClerk, notation).getJsonNumber("id").longValue();
    expect(
        200,
        otherClerk.post(
            "api/exchange/incoming/" + commune + "/refuse",
            "{\"reason\":\"Xã đã triển khai thực hiện, đề nghị ban hành văn bản thay thế\"}"));
    JsonObject kept = recipient(clerk, draft, OTHER_COMMUNE);
    assertThat(kept.getString("statusCode")).isEqualTo("16");
  }

  @Test
  void anUpdateReachesTheRecipientAsANewVersionOfTheSameDocument() throws Exception {
    ApiClient clerk = signIn("vanthu");
    ApiClient departmentClerk = signIn("vanthu.snv");
    long draft = issuedTo("Về việc cập nhật văn bản đã gửi", DEPARTMENT);
    String notation = notation(clerk, draft);
    long registered = accept(departmentClerk, notation);
    String first = Workflows.fileSha256(departmentClerk, registered);

    // The commune issues the corrected decision and sends it as the update of the first.
    long corrected = issuedTo("Về việc cập nhật văn bản đã gửi (sửa lỗi chính tả)");
    long to = recipient(clerk, draft, DEPARTMENT).getJsonNumber("id").longValue();
    expect(
        200,
        clerk.post(
            "api/exchange/recipients/" + to + "/amendment",
            "{\"kind\":\"UPDATE\",\"reason\":\"Sửa lỗi chính tả ở Điều 2\",\"replacementId\":%d}"
                .formatted(corrected)));
    String correctedNotation = notation(clerk, corrected);
    JsonObject update = waiting(departmentClerk, correctedNotation);
    assertThat(update.getInt("business")).isEqualTo(2);
    assertThat(update.getString("reason")).isEqualTo("Sửa lỗi chính tả ở Điều 2");
    expect(
        200,
        departmentClerk.post(
            "api/exchange/incoming/" + update.getJsonNumber("id").longValue() + "/accept", "{}"));

    JsonObject updated =
        JsonBodies.object(expect(200, departmentClerk.get("api/documents/" + registered)));
    assertThat(updated.getJsonArray("files").getJsonObject(0).getJsonArray("versions")).hasSize(2);
    assertThat(Workflows.fileSha256(departmentClerk, registered))
        .isNotEqualTo(first)
        .isEqualTo(Workflows.fileSha256(clerk, corrected));
    assertThat(recipient(clerk, corrected, DEPARTMENT).getString("statusCode")).isEqualTo("15");
  }

  /** A decision of the commune's, issued to these agencies of the installation; its id. */
  private long issuedTo(String subject, String... organCodes) throws Exception {
    ApiClient officer = signIn("chuyenvien");
    long draft =
        Workflows.approvedDraft(
            officer, signIn("lanhdao"), IncomingDocumentBuilder.DECISION, subject);
    if (organCodes.length == 0) {
      expect(200, signIn("vanthu").post("api/outgoing-documents/" + draft + "/issue", "{}"));
      return draft;
    }
    expect(
        200,
        officer.put(
            "api/exchange/documents/" + draft + "/recipients",
            "{\"organCodes\":[%s],\"paper\":false}"
                .formatted(
                    String.join(
                        ",",
                        java.util.Arrays.stream(organCodes).map(c -> "\"" + c + "\"").toList()))));
    expect(200, signIn("vanthu").post("api/outgoing-documents/" + draft + "/issue", "{}"));
    return draft;
  }

  private static String notation(ApiClient clerk, long document) {
    return JsonBodies.object(expect(200, clerk.get("api/documents/" + document)))
        .getString("notation");
  }

  /** Accepts the package of this số ký hiệu waiting for the clerk; the registered document. */
  private static long accept(ApiClient clerk, String notation) {
    long id = waiting(clerk, notation).getJsonNumber("id").longValue();
    return JsonBodies.object(
            expect(200, clerk.post("api/exchange/incoming/" + id + "/accept", "{}")))
        .getJsonNumber("documentId")
        .longValue();
  }

  /**
   * Every exchange endpoint asked by every role and by another agency's clerk: only the roles the
   * rules allow get an answer, another agency's package or document reads as if it did not exist,
   * and bad input is refused with 400 naming the field.
   */
  @Test
  void theExchangeEndpointsAnswerOnlyWhomTheRulesAllowAndRefuseBadInput() throws Exception {
    long draft = issuedTo("Về việc kiểm tra quyền liên thông", DEPARTMENT);
    ApiClient clerk = signIn("vanthu");
    String notation = notation(clerk, draft);
    ApiClient departmentClerk = signIn("vanthu.snv");
    long pack = waiting(departmentClerk, notation).getJsonNumber("id").longValue();
    long recipientId = recipient(clerk, draft, DEPARTMENT).getJsonNumber("id").longValue();
    java.util.Map<String, ApiClient> users = new java.util.LinkedHashMap<>();
    for (String user :
        List.of("vanthu", "lanhdao", "chuyenvien", "luutru", "quantri", "nentang", "vanthu.snv")) {
      users.put(user, signIn(user));
    }
    record Read(String path, java.util.Map<String, Integer> answers) {}
    List<Read> reads =
        List.of(
            new Read("api/exchange/incoming", java.util.Map.of("vanthu", 200, "vanthu.snv", 200)),
            new Read(
                "api/exchange/incoming/" + pack,
                java.util.Map.of("vanthu", 404, "vanthu.snv", 200)),
            new Read(
                "api/exchange/incoming/" + pack + "/files/1",
                java.util.Map.of("vanthu", 404, "vanthu.snv", 200)),
            new Read(
                "api/exchange/directory?q=xa",
                java.util.Map.of(
                    "vanthu", 200, "lanhdao", 200, "chuyenvien", 200, "vanthu.snv", 200)),
            new Read(
                "api/exchange/documents/" + draft + "/recipients",
                java.util.Map.of(
                    "vanthu", 200, "lanhdao", 200, "chuyenvien", 200, "vanthu.snv", 404)),
            new Read(
                "api/exchange/not-accepted",
                java.util.Map.of(
                    "vanthu", 200, "lanhdao", 200, "chuyenvien", 200, "vanthu.snv", 200)),
            new Read("api/exchange/partners", java.util.Map.of("nentang", 200)),
            new Read("api/exchange/refusals", java.util.Map.of("nentang", 200)));
    for (Read read : reads) {
      for (var user : users.entrySet()) {
        int status = user.getValue().get(read.path()).status();
        assertThat(status)
            .as("%s asks %s", user.getKey(), read.path())
            .isEqualTo(read.answers().getOrDefault(user.getKey(), 403));
      }
    }
    // The agency's certificate is its administrator's (409 when no seal key is configured).
    for (var user : users.entrySet()) {
      int status = user.getValue().get("api/exchange/certificate").status();
      if (user.getKey().equals("quantri")) {
        assertThat(status).isIn(200, 409);
      } else {
        assertThat(status).as(user.getKey()).isEqualTo(403);
      }
    }
    // Writes by the wrong role or agency change nothing.
    assertThat(
            signIn("lanhdao.snv").post("api/exchange/incoming/" + pack + "/accept", "{}").status())
        .isEqualTo(403);
    assertThat(
            clerk.post("api/exchange/incoming/" + pack + "/refuse", "{\"reason\":\"x\"}").status())
        .isEqualTo(404);
    assertThat(
            departmentClerk
                .post(
                    "api/exchange/recipients/" + recipientId + "/amendment",
                    "{\"kind\":\"RECALL\",\"reason\":\"x\"}")
                .status())
        .isEqualTo(404);
    assertThat(waiting(departmentClerk, notation).getString("state")).isEqualTo("WAITING");

    // Bad input: each refused with 400 naming what was wrong, nothing changed.
    ApiClient.Answer noReason =
        departmentClerk.post("api/exchange/incoming/" + pack + "/refuse", "{}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("reason");
    assertThat(
            departmentClerk
                .post("api/exchange/incoming/" + pack + "/refuse", "không phải JSON")
                .status())
        .isEqualTo(400);
    ApiClient.Answer badKind =
        clerk.post(
            "api/exchange/recipients/" + recipientId + "/amendment",
            "{\"kind\":\"DELETE\",\"reason\":\"x\"}");
    assertThat(badKind.status()).isEqualTo(400);
    ApiClient.Answer noReplacement =
        clerk.post(
            "api/exchange/recipients/" + recipientId + "/amendment",
            "{\"kind\":\"UPDATE\",\"reason\":\"Sửa\"}");
    assertThat(noReplacement.status()).isEqualTo(400);
    assertThat(noReplacement.body()).contains("replacementId");
    ApiClient.Answer noCodes =
        clerk.put("api/exchange/documents/" + draft + "/recipients", "{\"paper\":true}");
    assertThat(noCodes.status()).isEqualTo(400);
    assertThat(noCodes.body()).contains("organCodes");
    ApiClient platform = users.get("nentang");
    ApiClient.Answer badPartner =
        platform.post(
            "api/exchange/partners",
            "{\"organCode\":\"SNV\",\"name\":\"X\",\"endpoint\":\"ftp://x\","
                + "\"certificate\":\"không phải PEM\"}");
    assertThat(badPartner.status()).isEqualTo(400);
    assertThat(badPartner.body()).contains("organCode").contains("endpoint");
    ApiClient.Answer badCertificate =
        platform.post(
            "api/exchange/partners",
            "{\"organCode\":\"000.00.77.H77\",\"name\":\"X\",\"endpoint\":\"https://x.gov.vn/exchange/edxml\","
                + "\"certificate\":\"không phải PEM\"}");
    assertThat(badCertificate.status()).isEqualTo(400);
    assertThat(badCertificate.body()).contains("certificate");
    assertThat(expect(200, platform.get("api/exchange/partners"))).doesNotContain("000.00.77.H77");
    assertThat(recipient(clerk, draft, DEPARTMENT).getString("statusCode")).isEqualTo("01");
  }

  @Test
  void aRecipientOutsideTheDirectoryIsRefusedAndNothingIsChosen() throws Exception {
    ApiClient officer = signIn("chuyenvien");
    ApiClient chairman = signIn("lanhdao");
    long draft =
        Workflows.approvedDraft(
            officer, chairman, IncomingDocumentBuilder.DECISION, "Nơi nhận không có trong danh bạ");

    ApiClient.Answer refused =
        officer.put(
            "api/exchange/documents/" + draft + "/recipients",
            "{\"organCodes\":[\"999.99.99.Z99\",\"%s\"],\"paper\":false}".formatted(COMMUNE));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains("999.99.99.Z99")
        .contains(COMMUNE)
        .contains("NotInDirectory");
    assertThat(
            JsonBodies.array(
                expect(200, officer.get("api/exchange/documents/" + draft + "/recipients"))))
        .isEmpty();
  }

  @Test
  void theEndpointRefusesWhatItCannotTrustAndKeepsItForThePlatformAdministrator() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    URI endpoint = base.toURI().resolve("exchange/edxml");

    HttpResponse<String> notXml = post(http, endpoint, "không phải XML");
    assertThat(notXml.statusCode()).isEqualTo(400);
    assertThat(notXml.body()).contains("NotEdXml").contains("not well-formed");

    String unknown = unsigned("123.45.67.A89", DEPARTMENT, "Gói tin lạ");
    HttpResponse<String> stranger = post(http, endpoint, unknown);
    assertThat(stranger.statusCode()).isEqualTo(403);
    assertThat(stranger.body()).contains("UnknownSender").contains("123.45.67.A89");

    String elsewhere = unsigned(COMMUNE, "999.99.99.Z99", "Gửi nơi khác");
    HttpResponse<String> misaddressed = post(http, endpoint, elsewhere);
    assertThat(misaddressed.statusCode()).isEqualTo(422);
    assertThat(misaddressed.body()).contains("NotAddressedHere");

    ApiClient platform = signIn("nentang");
    String refusals = expect(200, platform.get("api/exchange/refusals"));
    assertThat(refusals)
        .contains("UnknownSender")
        .contains("NotAddressedHere")
        .contains("NotEdXml");
    // A stranger's bytes never reach the disk; a known sender's are kept for inspection.
    List<JsonObject> kept = JsonBodies.array(refusals).getValuesAs(JsonObject.class);
    assertThat(kept)
        .filteredOn(r -> List.of("UnknownSender", "NotEdXml").contains(r.getString("reasonCode")))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.containsKey("payloadSha256")).isFalse());
    assertThat(kept)
        .filteredOn(r -> r.getString("reasonCode").equals("NotAddressedHere"))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.getString("payloadSha256")).hasSize(64));
    // Nothing reached the department's queue.
    assertThat(expect(200, signIn("vanthu.snv").get("api/exchange/incoming")))
        .doesNotContain("Gói tin lạ")
        .doesNotContain("Gửi nơi khác");
    // The directory of partners and the refusals are the platform administrator's only.
    assertThat(signIn("vanthu").get("api/exchange/refusals").status()).isEqualTo(403);
    assertThat(signIn("quantri").get("api/exchange/partners").status()).isEqualTo(403);
  }

  private static HttpResponse<String> post(HttpClient http, URI endpoint, String body)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "application/xml")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The sender's view of one recipient of the document. */
  static JsonObject recipient(ApiClient sender, long document, String organCode) {
    return JsonBodies.array(
            expect(200, sender.get("api/exchange/documents/" + document + "/recipients")))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(r -> r.getString("organCode").equals(organCode))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no recipient " + organCode));
  }

  /** The package waiting in the clerk's queue for the document of this số ký hiệu. */
  static JsonObject waiting(ApiClient clerk, String notation) {
    return JsonBodies.array(expect(200, clerk.get("api/exchange/incoming")))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(p -> notation.equals(p.getString("notation", null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no package " + notation + " waiting"));
  }

  private static long line(ApiClient officer, long document) {
    return JsonBodies.object(expect(200, officer.get("api/inbox?view=new")))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(i -> i.getJsonObject("document").getJsonNumber("id").longValue() == document)
        .findFirst()
        .orElseThrow()
        .getJsonObject("assignment")
        .getJsonNumber("id")
        .longValue();
  }

  private ApiClient signIn(String username) throws Exception {
    return ApiClient.signedIn(base.toURI(), username, ApiClient.DEMO_PASSWORD);
  }

  /** An edXML package with no signature and no file, written by hand. */
  static String unsigned(String from, String to, String subject) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <edXML:edXML xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXML:edXMLEnvelope>\
        <edXML:edXMLHeader><edXML:MessageHeader>\
        <edXML:From><edXML:OrganId>%s</edXML:OrganId><edXML:OrganName>Gửi thử</edXML:OrganName></edXML:From>\
        <edXML:To><edXML:OrganId>%s</edXML:OrganId></edXML:To>\
        <edXML:DocumentId>%s,2026/12/07,1/TB</edXML:DocumentId>\
        <edXML:Subject>%s</edXML:Subject>\
        </edXML:MessageHeader></edXML:edXMLHeader></edXML:edXMLEnvelope></edXML:edXML>
        """
        .formatted(from, to, from, subject)
        .strip();
  }
}
