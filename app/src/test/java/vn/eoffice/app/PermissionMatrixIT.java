package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.IncomingDocumentBuilder.anIncomingDocument;
import static vn.eoffice.app.Workflows.expect;
import static vn.eoffice.app.Workflows.id;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may read what, asked of every read endpoint: for each user of the demo commune and each
 * relationship to a document (assigned, leader of the assignee's unit, agency leader, other unit,
 * registry, archive, administration) and each kind of document (ordinary, confidential and
 * assigned, confidential and unassigned, a draft), the document page, its history, handling form,
 * workflow, file and register line answer as the rules say; and who may give its files a new
 * version.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PermissionMatrixIT {

  private static final List<String> USERS =
      List.of("vanthu", "lanhdao", "truongdc", "chuyenvien", "chuyenvien2", "luutru", "quantri");

  /** Users whose role lets them read the registers, and so see register lines of any document. */
  private static final Set<String> REGISTER_READERS =
      Set.of("vanthu", "lanhdao", "truongdc", "luutru");

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private record Case(String name, long id, long fileId, Integer number, Set<String> readers) {}

  @Test
  void everyReadEndpointAnswersAsTheRulesSay() throws Exception {
    ApiClient clerk = signIn("vanthu");
    ApiClient chairman = signIn("lanhdao");
    ApiClient officer = signIn("chuyenvien");
    long cadastre = Workflows.unit(clerk, "ĐC");

    Case ordinary =
        assigned(
            clerk,
            chairman,
            anIncomingDocument().about("Văn bản thường"),
            "ordinary",
            Set.of("vanthu", "lanhdao", "truongdc", "chuyenvien", "luutru"));
    Case confidential =
        assigned(
            clerk,
            chairman,
            anIncomingDocument().confidential().about("Văn bản mật"),
            "confidential, assigned",
            Set.of("vanthu", "lanhdao", "chuyenvien"));
    JsonObject unassigned =
        JsonBodies.object(
            expect(
                201,
                clerk.post(
                    "api/incoming-documents",
                    anIncomingDocument()
                        .confidential()
                        .about("Văn bản mật chưa giao")
                        .withUpload(Workflows.upload(clerk, "Mat"))
                        .json())));
    Case secret =
        new Case(
            "confidential, not assigned",
            unassigned.getJsonNumber("id").longValue(),
            unassigned.getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue(),
            unassigned.getInt("number"),
            Set.of("vanthu"));
    long draftUpload = Workflows.upload(officer, "Du thao");
    JsonObject draft =
        JsonBodies.object(
            expect(
                201,
                officer.post(
                    "api/outgoing-documents",
                    "{\"typeId\":%d,\"subject\":\"Dự thảo kế hoạch\",\"draftingUnitId\":%d,\"uploadIds\":[%d]}"
                        .formatted(IncomingDocumentBuilder.DECISION, cadastre, draftUpload))));
    Case drafted =
        new Case(
            "draft of the unit",
            draft.getJsonNumber("id").longValue(),
            draft.getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue(),
            null,
            Set.of("lanhdao", "truongdc", "chuyenvien"));

    long incomingRegister = Registers.incoming(clerk).getJsonNumber("id").longValue();
    List<String> wrong = new ArrayList<>();
    Map<String, ApiClient> clients = new LinkedHashMap<>();
    for (String user : USERS) {
      clients.put(user, user.equals("vanthu") ? clerk : signIn(user));
    }
    for (Case c : List.of(ordinary, confidential, secret, drafted)) {
      for (String user : USERS) {
        ApiClient client = clients.get(user);
        boolean reads = c.readers().contains(user);
        String at = c.name() + " / " + user + ": ";
        ApiClient.Answer page = client.get("api/documents/" + c.id());
        boolean content =
            page.status() == 200 && JsonBodies.object(page.body()).containsKey("subject");
        if (content != reads) {
          wrong.add(at + "document page content " + content);
        }
        if (!reads && page.status() != (REGISTER_READERS.contains(user) ? 200 : 404)) {
          wrong.add(at + "document page answered " + page.status());
        }
        for (String part : List.of("history", "handling", "workflow", "files/" + c.fileId())) {
          int status =
              part.startsWith("files/")
                  ? client.download("api/documents/" + c.id() + "/" + part).status()
                  : client.get("api/documents/" + c.id() + "/" + part).status();
          if (status != (reads ? 200 : 404)) {
            wrong.add(at + part + " answered " + status);
          }
        }
        if (c.number() != null) {
          ApiClient.Answer line =
              client.get(
                  "api/registers/%d/entries?offset=%d&limit=1"
                      .formatted(incomingRegister, c.number() - 1));
          if (!REGISTER_READERS.contains(user)) {
            if (line.status() != 403) {
              wrong.add(at + "register answered " + line.status());
            }
          } else {
            JsonObject row = JsonBodies.object(line.body()).getJsonArray("rows").getJsonObject(0);
            if (row.getJsonNumber("documentId").longValue() != c.id()) {
              wrong.add(at + "register line is another document");
            } else if (row.containsKey("subject") != reads) {
              wrong.add(at + "register line subject " + row.containsKey("subject"));
            }
          }
        }
      }
    }
    assertThat(wrong).isEmpty();

    // A new file version, asked of every case by every user: an incoming document's files are the
    // registry's, a draft's its drafter's; whoever cannot read the document is told it does not
    // exist, and roles that never change files are refused whatever the document.
    Set<String> neverChange = Set.of("luutru", "quantri");
    for (Case c : List.of(ordinary, confidential, secret, drafted)) {
      String owner = c == drafted ? "chuyenvien" : "vanthu";
      for (String user : USERS) {
        ApiClient client = clients.get(user);
        long upload =
            neverChange.contains(user) ? 1 : Workflows.upload(client, "Phien ban " + user);
        int status =
            client
                .post(
                    "api/documents/%d/files/%d/versions".formatted(c.id(), c.fileId()),
                    "{\"uploadId\":%d}".formatted(upload))
                .status();
        int expected =
            neverChange.contains(user)
                ? 403
                : !c.readers().contains(user) ? 404 : user.equals(owner) ? 200 : 403;
        if (status != expected) {
          wrong.add(c.name() + " / " + user + ": new file version answered " + status);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** A write to try, on which document, and the only users the rules let make it. */
  private record Write(
      String name, String method, String path, String body, long document, Set<String> allowed) {}

  /**
   * Every write endpoint of a document's life, asked of every user the rules refuse: each is
   * refused (403, 404 or 409) and leaves the document exactly as it was (status, fields, files,
   * handling and workflow history); then the one allowed makes it.
   */
  @Test
  void everyWriteEndpointIsRefusedToAllButThoseTheRulesAllowAndChangesNothing() throws Exception {
    ApiClient clerk = signIn("vanthu");
    ApiClient chairman = signIn("lanhdao");
    ApiClient officer = signIn("chuyenvien");
    Map<String, ApiClient> clients = new LinkedHashMap<>();
    for (String user : USERS) {
      clients.put(user, signIn(user));
    }
    long presented = Workflows.presentedToLeader(clerk, "Trình chờ chỉ đạo");
    Case handled =
        assigned(
            clerk,
            chairman,
            anIncomingDocument().about("Giao chuyên viên"),
            "handled",
            Set.of("vanthu", "lanhdao", "truongdc", "chuyenvien", "luutru"));
    long line =
        JsonBodies.object(expect(200, officer.get("api/documents/" + handled.id() + "/handling")))
            .getJsonArray("assignments")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    long draft =
        Workflows.draft(officer, IncomingDocumentBuilder.DECISION, "Dự thảo của chuyên viên");
    long inApproval =
        Workflows.draft(officer, IncomingDocumentBuilder.DECISION, "Dự thảo chờ duyệt");
    expect(
        200,
        officer.post(
            "api/outgoing-documents/" + inApproval + "/submission", "{\"to\":\"lanhdao\"}"));
    String draftSha = Workflows.fileSha256(officer, draft);
    String approvalSha = Workflows.fileSha256(officer, inApproval);
    String deadline = java.time.LocalDate.now().plusDays(200).toString();

    List<Write> writes =
        List.of(
            new Write(
                "correct",
                "PUT",
                "api/documents/" + presented,
                ("{\"subject\":\"Sửa trích yếu\",\"notation\":\"%d/UBND-VP\",\"documentDate\":\"%s\","
                        + "\"issuerName\":\"UBND huyện Mẫu\",\"urgency\":\"NORMAL\"}")
                    .formatted(
                        System.nanoTime() % 1_000_000, java.time.LocalDate.now().minusDays(2)),
                presented,
                Set.of("vanthu")),
            new Write(
                "present again",
                "POST",
                "api/incoming-documents/" + presented + "/presentation",
                "{\"leader\":\"lanhdao\"}",
                presented,
                Set.of("vanthu")),
            new Write(
                "instruct",
                "POST",
                "api/incoming-documents/" + presented + "/instruction",
                "{\"lead\":{\"username\":\"chuyenvien2\"}}",
                presented,
                Set.of("lanhdao")),
            new Write(
                "report progress",
                "POST",
                "api/assignments/" + line + "/progress",
                "{\"note\":\"Đang làm\"}",
                handled.id(),
                Set.of("chuyenvien")),
            new Write(
                "ask for time",
                "POST",
                "api/assignments/" + line + "/extensions",
                "{\"deadline\":\"%s\",\"reason\":\"Chờ hồ sơ\"}".formatted(deadline),
                handled.id(),
                Set.of("chuyenvien")),
            new Write(
                "pass on",
                "POST",
                "api/assignments/" + line + "/pass-on",
                "{\"lead\":\"chuyenvien2\"}",
                handled.id(),
                Set.of()),
            new Write(
                "finish",
                "POST",
                "api/assignments/" + line + "/result",
                "{\"kind\":\"ARCHIVED\"}",
                handled.id(),
                Set.of("chuyenvien")),
            new Write(
                "approve a draft not submitted",
                "POST",
                "api/outgoing-documents/" + draft + "/approval",
                "{\"fileSha256\":\"%s\"}".formatted(draftSha),
                draft,
                Set.of()),
            new Write(
                "return a draft not submitted",
                "POST",
                "api/outgoing-documents/" + draft + "/return",
                "{\"comment\":\"Sửa\",\"fileSha256\":\"%s\"}".formatted(draftSha),
                draft,
                Set.of()),
            new Write(
                "issue a draft not approved",
                "POST",
                "api/outgoing-documents/" + draft + "/issue",
                "{}",
                draft,
                Set.of()),
            new Write(
                "send a document not issued",
                "POST",
                "api/outgoing-documents/" + draft + "/dispatch",
                "{\"unitIds\":[],\"usernames\":[\"chuyenvien2\"]}",
                draft,
                Set.of()),
            new Write(
                "prepare to sign a draft not approved",
                "POST",
                "api/outgoing-documents/" + draft + "/signature/prepare",
                "{\"certificateChain\":[\"MIIB\"]}",
                draft,
                Set.of()),
            new Write(
                "submit",
                "POST",
                "api/outgoing-documents/" + draft + "/submission",
                "{\"to\":\"lanhdao\"}",
                draft,
                Set.of("chuyenvien")),
            new Write(
                "return",
                "POST",
                "api/outgoing-documents/" + inApproval + "/return",
                "{\"comment\":\"Sửa lại\",\"fileSha256\":\"%s\"}".formatted(approvalSha),
                inApproval,
                Set.of("lanhdao")),
            new Write(
                "approve",
                "POST",
                "api/outgoing-documents/" + inApproval + "/approval",
                "{\"fileSha256\":\"%s\"}".formatted(approvalSha),
                inApproval,
                Set.of("lanhdao")));

    List<String> wrong = new ArrayList<>();
    for (Write write : writes) {
      for (String user : USERS) {
        if (write.allowed().contains(user)) {
          continue;
        }
        String before = state(clerk, officer, write.document());
        ApiClient.Answer answer = send(clients.get(user), write);
        if (!Set.of(403, 404, 409).contains(answer.status())) {
          wrong.add(write.name() + " / " + user + ": answered " + answer.status());
        }
        if (!state(clerk, officer, write.document()).equals(before)) {
          wrong.add(write.name() + " / " + user + ": changed the document");
        }
      }
    }
    assertThat(wrong).isEmpty();
    // The one allowed is not refused (the last two, return and approve, take turns on one draft).
    for (Write write : writes) {
      for (String user : write.allowed()) {
        if (write.name().equals("approve")) {
          expect(
              200,
              officer.post(
                  "api/outgoing-documents/" + inApproval + "/submission", "{\"to\":\"lanhdao\"}"));
        }
        ApiClient.Answer answer = send(clients.get(user), write);
        assertThat(answer.status())
            .as(write.name() + " by " + user + ": " + answer.body())
            .isBetween(200, 201);
      }
    }
  }

  private static ApiClient.Answer send(ApiClient client, Write write) {
    return write.method().equals("PUT")
        ? client.put(write.path(), write.body())
        : client.post(write.path(), write.body());
  }

  /**
   * What a change would show: the document's fields and status, its files' versions, the handling
   * form and the workflow history (not the background signature check, which comes when it comes).
   */
  private static String state(ApiClient clerk, ApiClient officer, long document) {
    ApiClient reader =
        clerk.get("api/documents/" + document + "/workflow").status() == 200 ? clerk : officer;
    JsonObject page = JsonBodies.object(expect(200, reader.get("api/documents/" + document)));
    StringBuilder state = new StringBuilder();
    for (String field : List.of("status", "subject", "notation", "notes", "awaitingUser")) {
      state.append(field).append('=').append(page.get(field)).append('\n');
    }
    for (JsonObject file : page.getJsonArray("files").getValuesAs(JsonObject.class)) {
      for (JsonObject version : file.getJsonArray("versions").getValuesAs(JsonObject.class)) {
        state.append(version.getInt("number")).append(' ').append(version.getString("sha256"));
      }
    }
    return state
        .append(reader.get("api/documents/" + document + "/handling").body())
        .append(reader.get("api/documents/" + document + "/workflow").body())
        .toString();
  }

  /** Registered with a file, presented to the chairman, who assigns it to the officer. */
  private Case assigned(
      ApiClient clerk,
      ApiClient chairman,
      IncomingDocumentBuilder document,
      String name,
      Set<String> readers) {
    JsonObject registered =
        JsonBodies.object(
            expect(
                201,
                clerk.post(
                    "api/incoming-documents",
                    document.withUpload(Workflows.upload(clerk, name)).json())));
    long id = registered.getJsonNumber("id").longValue();
    expect(
        200,
        clerk.post("api/incoming-documents/" + id + "/presentation", "{\"leader\":\"lanhdao\"}"));
    expect(
        200,
        chairman.post(
            "api/incoming-documents/" + id + "/instruction",
            "{\"lead\":{\"username\":\"chuyenvien\"},\"deadline\":\"%s\"}"
                .formatted(java.time.LocalDate.now().plusDays(10))));
    return new Case(
        name,
        id,
        registered.getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue(),
        registered.getInt("number"),
        readers);
  }

  private ApiClient signIn(String username) throws Exception {
    return ApiClient.signedIn(base.toURI(), username, ApiClient.DEMO_PASSWORD);
  }
}
