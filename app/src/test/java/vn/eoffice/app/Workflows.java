package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;

/** Steps of the workflow as the tests take them through the API. */
final class Workflows {

  private Workflows() {}

  /** The body of an answer that must have this status. */
  static String expect(int status, ApiClient.Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    return answer.body();
  }

  static long id(String body) {
    return JsonBodies.object(body).getJsonNumber("id").longValue();
  }

  static long upload(ApiClient client, String text) {
    return id(expect(201, client.upload("van-ban.pdf", "application/pdf", TestFiles.pdf(text))));
  }

  /** The document registered by the clerk with a one-page PDF of its own; its id. */
  static long registeredWithFile(ApiClient clerk, IncomingDocumentBuilder document) {
    return id(
        expect(
            201,
            clerk.post(
                "api/incoming-documents",
                document.withUpload(upload(clerk, "Van ban den")).json())));
  }

  /** A unit's id by its abbreviation (VP, ĐC, VHXH, LĐ). */
  static long unit(ApiClient client, String abbreviation) {
    return JsonBodies.array(expect(200, client.get("api/units")))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(u -> u.getString("abbreviation").equals(abbreviation))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  /**
   * An incoming document with a PDF, registered by the clerk and presented to the agency leader.
   */
  static long presentedToLeader(ApiClient clerk, String subject) {
    long document =
        registeredWithFile(clerk, IncomingDocumentBuilder.anIncomingDocument().about(subject));
    expect(
        200,
        clerk.post(
            "api/incoming-documents/" + document + "/presentation", "{\"leader\":\"lanhdao\"}"));
    return document;
  }

  /** An outgoing draft of the drafter's with a PDF file. */
  static long draft(ApiClient drafter, long typeId, String subject) {
    long upload = upload(drafter, subject);
    return id(
        expect(
            201,
            drafter.post(
                "api/outgoing-documents",
                "{\"typeId\":%d,\"subject\":\"%s\",\"uploadIds\":[%d]}"
                    .formatted(typeId, subject, upload))));
  }

  /** A draft submitted straight to the agency leader and approved by them. */
  static long approvedDraft(
      ApiClient drafter, ApiClient agencyLeader, long typeId, String subject) {
    long id = draft(drafter, typeId, subject);
    submitAndApprove(drafter, agencyLeader, id);
    return id;
  }

  /** The draft submitted straight to the agency leader and approved by them. */
  static void submitAndApprove(ApiClient drafter, ApiClient agencyLeader, long draft) {
    expect(
        200,
        drafter.post("api/outgoing-documents/" + draft + "/submission", "{\"to\":\"lanhdao\"}"));
    expect(200, agencyLeader.post("api/outgoing-documents/" + draft + "/approval", "{}"));
  }

  /** The current SHA-256 of the document's first file. */
  static String fileSha256(ApiClient client, long documentId) {
    JsonObject file =
        JsonBodies.object(expect(200, client.get("api/documents/" + documentId)))
            .getJsonArray("files")
            .getJsonObject(0);
    List<JsonObject> versions = file.getJsonArray("versions").getValuesAs(JsonObject.class);
    return versions.get(versions.size() - 1).getString("sha256");
  }

  /** The actions of the document's workflow history, oldest first. */
  static List<String> actions(ApiClient client, long documentId) {
    return JsonBodies.array(expect(200, client.get("api/documents/" + documentId + "/workflow")))
        .getValuesAs(JsonObject.class)
        .stream()
        .map(e -> e.getString("action"))
        .toList();
  }
}
