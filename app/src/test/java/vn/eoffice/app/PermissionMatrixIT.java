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
            "{\"lead\":{\"username\":\"chuyenvien\"}}"));
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
