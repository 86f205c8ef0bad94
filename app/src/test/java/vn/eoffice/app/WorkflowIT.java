package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.IncomingDocumentBuilder.anIncomingDocument;
import static vn.eoffice.app.Workflows.actions;
import static vn.eoffice.app.Workflows.expect;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The two paths of the workflow through the API, as the people of the demo commune take them: an
 * incoming document from registration to done, and an outgoing draft from drafting through a return
 * and resubmission to issue and the internal recipient's inbox.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkflowIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void anIncomingDocumentGoesFromRegistrationToDone() throws Exception {
    ApiClient clerk = signIn("vanthu");
    ApiClient chairman = signIn("lanhdao");
    ApiClient headOfUnit = signIn("truongdc");
    ApiClient officer = signIn("chuyenvien");
    ApiClient otherOfficer = signIn("chuyenvien2");
    long cadastre = Workflows.unit(clerk, "ĐC");
    long document =
        Workflows.registeredWithFile(
            clerk, anIncomingDocument().about("Đề nghị cấp giấy chứng nhận quyền sử dụng đất"));

    // Presented to the chairman, the document is not the unit head's to see yet.
    expect(
        200,
        clerk.post(
            "api/incoming-documents/" + document + "/presentation",
            "{\"leader\":\"lanhdao\",\"comment\":\"Kính trình Chủ tịch\"}"));
    assertThat(awaitingIds(chairman)).contains(document);
    ApiClient.Answer notPresented =
        headOfUnit.post(
            "api/incoming-documents/" + document + "/instruction",
            "{\"lead\":{\"unitId\":%d}}".formatted(cadastre));
    assertThat(notPresented.status()).isEqualTo(404);

    JsonObject form =
        JsonBodies.object(
            expect(
                200,
                chairman.post(
                    "api/incoming-documents/" + document + "/instruction",
                    """
                    {"instruction":"Giao Địa chính chủ trì, VHXH phối hợp","lead":{"unitId":%d},
                     "cooperators":[{"username":"chuyenvien2"}],"deadline":"%s"}"""
                        .formatted(cadastre, TODAY.plusDays(10)))));
    assertThat(form.getJsonArray("assignments")).hasSize(2);
    assertThat(awaitingIds(chairman)).doesNotContain(document);
    ApiClient.Answer again =
        chairman.post(
            "api/incoming-documents/" + document + "/instruction",
            "{\"lead\":{\"username\":\"chuyenvien\"}}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("NotPresentedToYou");
    long unitLine = lineOf(headOfUnit, document, "new");

    form =
        JsonBodies.object(
            expect(
                200,
                headOfUnit.post(
                    "api/assignments/" + unitLine + "/pass-on",
                    "{\"instruction\":\"Đ/c Chuyên kiểm tra hồ sơ\",\"lead\":\"chuyenvien\",\"deadline\":\"%s\"}"
                        .formatted(TODAY.plusDays(5)))));
    long officerLine = lineOf(officer, document, "new");
    assertThat(form.getJsonArray("assignments")).hasSize(3);

    expect(
        200,
        officer.post(
            "api/assignments/" + officerLine + "/progress",
            "{\"note\":\"Đã kiểm tra thực địa\",\"uploadIds\":[%d]}"
                .formatted(Workflows.upload(officer, "Bien ban kiem tra"))));
    assertThat(lineOf(officer, document, "in_progress")).isEqualTo(officerLine);
    expect(
        200,
        officer.post(
            "api/assignments/" + officerLine + "/extensions",
            "{\"deadline\":\"%s\",\"reason\":\"Chờ ý kiến Sở Tài nguyên\"}"
                .formatted(TODAY.plusDays(8))));
    long extension =
        JsonBodies.object(expect(200, officer.get("api/documents/" + document + "/handling")))
            .getJsonArray("extensions")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    expect(
        200,
        headOfUnit.post(
            "api/extensions/" + extension + "/decision", "{\"grant\":true,\"note\":\"Đồng ý\"}"));

    // A co-handler cannot close the lead's line.
    ApiClient.Answer notTheirs =
        otherOfficer.post("api/assignments/" + officerLine + "/result", "{\"kind\":\"ARCHIVED\"}");
    assertThat(notTheirs.status()).isEqualTo(409);
    assertThat(notTheirs.body()).contains("NotYourLine");

    form =
        JsonBodies.object(
            expect(
                200,
                officer.post(
                    "api/assignments/" + officerLine + "/result",
                    "{\"kind\":\"ARCHIVED\",\"note\":\"Lưu hồ sơ để theo dõi\"}")));

    JsonObject done = JsonBodies.object(expect(200, clerk.get("api/documents/" + document)));
    assertThat(done.getString("status")).isEqualTo("HANDLED");
    assertThat(done.getJsonArray("files")).hasSize(2);
    List<JsonObject> lines = form.getJsonArray("assignments").getValuesAs(JsonObject.class);
    assertThat(lines)
        .filteredOn(l -> l.getJsonNumber("id").longValue() == officerLine)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.getString("state")).isEqualTo("DONE");
              assertThat(l.getString("deadline")).isEqualTo(TODAY.plusDays(8).toString());
            });
    assertThat(lines)
        .filteredOn(l -> l.getJsonNumber("id").longValue() == unitLine)
        .singleElement()
        .satisfies(l -> assertThat(l.getString("state")).isEqualTo("DONE"));
    assertThat(actions(clerk, document))
        .containsExactly(
            "PRESENTED",
            "INSTRUCTED",
            "PASSED_ON",
            "PROGRESS_REPORTED",
            "EXTENSION_REQUESTED",
            "EXTENSION_GRANTED",
            "HANDLING_FINISHED");
    JsonObject instructed =
        JsonBodies.array(clerk.get("api/documents/" + document + "/workflow").body())
            .getJsonObject(1);
    assertThat(instructed.getString("actor")).isEqualTo("lanhdao");
    assertThat(instructed.getString("fromStatus")).isEqualTo("PRESENTED");
    assertThat(instructed.getString("toStatus")).isEqualTo("IN_HANDLING");
    assertThat(instructed.getString("comment")).isEqualTo("Giao Địa chính chủ trì, VHXH phối hợp");
    ApiClient admin = signIn("quantri");
    assertThat(admin.get("api/audit?limit=200").body()).contains("DOCUMENT_WORKFLOW");
  }

  @Test
  void aDraftIsReturnedResubmittedApprovedIssuedAndReachesTheInternalRecipient() throws Exception {
    ApiClient officer = signIn("chuyenvien");
    ApiClient headOfUnit = signIn("truongdc");
    ApiClient chairman = signIn("lanhdao");
    ApiClient clerk = signIn("vanthu");
    ApiClient recipient = signIn("chuyenvien2");
    long draft =
        Workflows.draft(
            officer, IncomingDocumentBuilder.DECISION, "Quyết định giao đất cho hộ gia đình");
    String first = Workflows.fileSha256(officer, draft);
    String path = "api/outgoing-documents/" + draft;

    ApiClient.Answer early = clerk.post(path + "/issue", "{}");
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.body()).contains("NotApproved");
    JsonObject submitted =
        JsonBodies.object(expect(200, officer.post(path + "/submission", "{\"to\":\"truongdc\"}")));
    assertThat(submitted.getString("status")).isEqualTo("IN_REVIEW");
    ApiClient.Answer notSubmittedToHim = chairman.post(path + "/approval", "{}");
    assertThat(notSubmittedToHim.status()).isEqualTo(409);
    assertThat(notSubmittedToHim.body()).contains("NotSubmittedToYou");

    expect(
        200,
        headOfUnit.post(
            path + "/return",
            "{\"comment\":\"Bổ sung căn cứ pháp lý\",\"fileSha256\":\"%s\"}".formatted(first)));
    assertThat(awaitingIds(officer)).contains(draft);
    long fileId =
        JsonBodies.object(expect(200, officer.get("api/documents/" + draft)))
            .getJsonArray("files")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    expect(
        200,
        officer.post(
            "api/documents/%d/files/%d/versions".formatted(draft, fileId),
            "{\"uploadId\":%d}".formatted(Workflows.upload(officer, "Du thao lan 2"))));
    String second = Workflows.fileSha256(officer, draft);
    assertThat(second).isNotEqualTo(first);
    expect(200, officer.post(path + "/submission", "{\"to\":\"truongdc\",\"comment\":\"Đã sửa\"}"));
    expect(200, headOfUnit.post(path + "/approval", "{\"next\":\"lanhdao\"}"));
    ApiClient.Answer frozen =
        officer.post(
            "api/documents/%d/files/%d/versions".formatted(draft, fileId),
            "{\"uploadId\":%d}".formatted(Workflows.upload(officer, "Sua trom")));
    assertThat(frozen.status()).isEqualTo(409);
    assertThat(frozen.body()).contains("FrozenForApproval");
    ApiClient.Answer stale =
        chairman.post(path + "/approval", "{\"fileSha256\":\"%s\"}".formatted(first));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.body()).contains("ChangedMeanwhile");
    JsonObject approved =
        JsonBodies.object(
            expect(
                200,
                chairman.post(path + "/approval", "{\"fileSha256\":\"%s\"}".formatted(second))));
    assertThat(approved.getString("status")).isEqualTo("APPROVED");

    JsonObject issued = JsonBodies.object(expect(200, clerk.post(path + "/issue", "{}")));
    assertThat(issued.getString("notation"))
        .isEqualTo("%02d/QĐ-UBND".formatted(issued.getInt("number")));
    expect(
        200,
        clerk.post(
            path + "/dispatch", "{\"unitIds\":[%d]}".formatted(Workflows.unit(clerk, "VHXH"))));

    List<JsonObject> received =
        JsonBodies.object(expect(200, recipient.get("api/inbox?view=received")))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertThat(received)
        .filteredOn(i -> i.getJsonObject("document").getJsonNumber("id").longValue() == draft)
        .singleElement()
        .satisfies(
            i ->
                assertThat(i.getJsonObject("document").getString("subject"))
                    .isEqualTo("Quyết định giao đất cho hộ gia đình"));
    assertThat(expect(200, recipient.get("api/documents/" + draft)))
        .contains("Quyết định giao đất cho hộ gia đình");

    List<JsonObject> history =
        JsonBodies.array(expect(200, officer.get("api/documents/" + draft + "/workflow")))
            .getValuesAs(JsonObject.class);
    assertThat(history.stream().map(e -> e.getString("action")))
        .containsExactly(
            "SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED", "APPROVED", "ISSUED", "SENT");
    assertThat(history.get(1).getString("fileSha256")).isEqualTo(first);
    assertThat(history.get(1).getString("comment")).isEqualTo("Bổ sung căn cứ pháp lý");
    assertThat(history.get(4).getString("actor")).isEqualTo("lanhdao");
    assertThat(history.get(4).getString("fileSha256")).isEqualTo(second);
    assertThat(history.get(4).getInt("fileVersion")).isEqualTo(2);
  }

  private ApiClient signIn(String username) throws Exception {
    return ApiClient.signedIn(base.toURI(), username, ApiClient.DEMO_PASSWORD);
  }

  private static List<Long> awaitingIds(ApiClient client) {
    return JsonBodies.object(expect(200, client.get("api/inbox")))
        .getJsonArray("awaiting")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(d -> d.getJsonNumber("id").longValue())
        .toList();
  }

  /** The id of the user's line on the document in the given inbox view. */
  private static long lineOf(ApiClient client, long document, String view) {
    return JsonBodies.object(expect(200, client.get("api/inbox?view=" + view)))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(i -> i.getJsonObject("document").getJsonNumber("id").longValue() == document)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + view + " line for document " + document))
        .getJsonObject("assignment")
        .getJsonNumber("id")
        .longValue();
  }
}
