package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.IncomingDocumentBuilder.anIncomingDocument;
import static vn.eoffice.app.Workflows.expect;
import static vn.eoffice.app.Workflows.id;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two agencies of the demo province with the same kinds of records: "UBND xã Bình An" (B) has an
 * incoming document with its file, presented, assigned and worked on, a draft, an upload not yet
 * used and a saved search; "UBND xã Demo" (A) has the same. Every person of A, in every role, asks
 * every read endpoint for B's records by id, by word, by số ký hiệu, in lists, exports, facets,
 * totals, dashboards, the audit log, comparisons and similar-content matches: nothing of B answers,
 * and what A's people are shown does not change while B works on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgencyIsolationIT {

  private static final List<String> AGENCY_A =
      List.of("vanthu", "lanhdao", "truongdc", "chuyenvien", "chuyenvien2", "luutru", "quantri");

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  /** What B made, by id, and the words and numbers that name it. */
  private record Other(
      String word,
      String notation,
      long incoming,
      long incomingFile,
      long assignment,
      long draft,
      long draftFile,
      long upload,
      long register,
      long savedSearch,
      List<String> people,
      List<Long> units,
      List<Long> users) {}

  @Test
  void nothingOfAnotherAgencyAnswersToAnyRoleAndNothingOfItIsCounted() throws Exception {
    String wordA = word();
    String wordB = word();
    ApiClient clerkA = signIn("vanthu");
    long documentA =
        id(
            expect(
                201,
                clerkA.post(
                    "api/incoming-documents",
                    anIncomingDocument()
                        .about("Công văn " + wordA)
                        .withUpload(Workflows.upload(clerkA, "Van ban " + wordA))
                        .json())));
    Other b = otherAgency(wordB);
    awaitFound(clerkA, wordA, documentA);

    Map<String, ApiClient> people = new LinkedHashMap<>();
    for (String user : AGENCY_A) {
      people.put(user, user.equals("vanthu") ? clerkA : signIn(user));
    }
    Map<String, String> before = seen(people);
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, ApiClient> person : people.entrySet()) {
      wrong.addAll(asked(person.getKey(), person.getValue(), b, documentA));
    }
    // B goes on working: A's people are shown exactly what they were shown before.
    ApiClient clerkB = signIn("vanthu.binhan");
    for (int i = 0; i < 3; i++) {
      expect(
          201,
          clerkB.post(
              "api/incoming-documents",
              anIncomingDocument()
                  .about("Công văn " + wordB + " số " + i)
                  .withUpload(Workflows.upload(clerkB, "Van ban " + wordB))
                  .json()));
    }
    awaitTotal(clerkB, wordB, 4);
    Map<String, String> after = seen(people);
    before.forEach(
        (what, answer) -> {
          if (!answer.equals(after.get(what))) {
            wrong.add(what + " changed while the other agency worked");
          }
        });
    assertThat(wrong).isEmpty();
  }

  @Test
  void thePlatformAdministratorReadsNoAgencysDocuments() throws Exception {
    ApiClient clerk = signIn("vanthu");
    long document =
        id(
            expect(
                201,
                clerk.post(
                    "api/incoming-documents",
                    anIncomingDocument()
                        .about("Công văn cho nền tảng")
                        .withUpload(Workflows.upload(clerk, "Van ban nen tang"))
                        .json())));
    ApiClient platform = signIn("nentang");
    assertThat(platform.get("api/documents/" + document).status()).isIn(403, 404);
    assertThat(platform.get("api/search?q=nen").status()).isEqualTo(403);
    // The registers' names are no documents; their entries are.
    for (JsonObject register :
        JsonBodies.array(expect(200, platform.get("api/registers")))
            .getValuesAs(JsonObject.class)) {
      assertThat(
              platform
                  .get("api/registers/" + register.getJsonNumber("id") + "/entries?limit=5")
                  .status())
          .isEqualTo(403);
    }
    assertThat(platform.get("api/dashboard").status()).isEqualTo(403);
    assertThat(platform.get("api/audit").status()).isEqualTo(403);
    assertThat(platform.get("api/users").status()).isEqualTo(403);
    // and what it does manage, no agency's administrator may
    assertThat(signIn("quantri").get("api/agencies").status()).isEqualTo(403);
    assertThat(JsonBodies.array(expect(200, platform.get("api/agencies"))).size())
        .isGreaterThanOrEqualTo(4);
  }

  @Test
  void thePlatformsAndTheSealKeysEndpointsRefuseOtherRolesAndBadInput() throws Exception {
    ApiClient platform = signIn("nentang");
    long province =
        JsonBodies.array(expect(200, platform.get("api/agencies")))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(a -> a.getString("name").equals("UBND tỉnh Demo"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    String form = "{\"name\":\"UBND xã Không Được\",\"abbreviation\":\"UBND\"}";
    String named =
        "{\"username\":\"khong.duoc\",\"fullName\":\"X\",\"password\":\"mat-khau-dai-1\"}";
    for (String user : AGENCY_A) {
      ApiClient client = signIn(user);
      String at = user + ": ";
      assertThat(client.get("api/agencies").status()).as(at + "list").isEqualTo(403);
      assertThat(client.get("api/agencies/" + province).status()).as(at + "one").isEqualTo(403);
      assertThat(client.post("api/agencies", form).status()).as(at + "create").isEqualTo(403);
      assertThat(client.put("api/agencies/" + province, form).status())
          .as(at + "change")
          .isEqualTo(403);
      assertThat(client.post("api/agencies/" + province + "/deactivate", "").status())
          .as(at + "deactivate")
          .isEqualTo(403);
      assertThat(client.post("api/agencies/" + province + "/administrator", named).status())
          .as(at + "administrator")
          .isEqualTo(403);
      if (!user.equals("quantri")) {
        assertThat(client.put("api/agency/seal-key", "{\"tokenLabel\":\"x\"}").status())
            .as(at + "seal key")
            .isEqualTo(403);
      }
    }
    // Bad input: a clear 400 naming the field, and nothing made.
    int before = JsonBodies.array(expect(200, platform.get("api/agencies"))).size();
    for (String[] bad :
        new String[][] {
          {"{\"abbreviation\":\"UBND\"}", "name"},
          {"{\"name\":\"X\",\"abbreviation\":\"ubnd\"}", "abbreviation"},
          {
            "{\"name\":\"X\",\"abbreviation\":\"UBND\",\"organisationCode\":\"H41\"}",
            "organisationCode"
          },
          {"{\"name\":\"X\",\"abbreviation\":\"UBND\",\"parentId\":987654321}", "parentId"},
          {"{\"name\":\"X\",\"abbreviation\":\"UBND\",\"email\":\"khong-phai-thu\"}", "email"}
        }) {
      ApiClient.Answer answer = platform.post("api/agencies", bad[0]);
      assertThat(answer.status()).as(bad[0]).isEqualTo(400);
      assertThat(answer.body()).as(bad[0]).contains("\"field\":\"" + bad[1] + "\"");
    }
    assertThat(platform.post("api/agencies", "not json").status()).isEqualTo(400);
    assertThat(JsonBodies.array(expect(200, platform.get("api/agencies"))).size())
        .isEqualTo(before);
    // An agency placed under its own child is refused.
    long child =
        id(
            expect(
                201,
                platform.post(
                    "api/agencies",
                    "{\"name\":\"UBND xã Con\",\"abbreviation\":\"UBND\",\"parentId\":%d}"
                        .formatted(province))));
    ApiClient.Answer cycle =
        platform.put(
            "api/agencies/" + province,
            "{\"name\":\"UBND tỉnh Demo\",\"abbreviation\":\"UBND\",\"organisationCode\":"
                + "\"000.00.00.H99\",\"parentId\":%d}".formatted(child));
    assertThat(cycle.status()).isEqualTo(400);
    assertThat(cycle.body()).contains("parentId");
    assertThat(platform.get("api/agencies/987654321").status()).isEqualTo(404);
    ApiClient.Answer weak =
        platform.post(
            "api/agencies/" + child + "/administrator",
            "{\"username\":\"Quản Trị\",\"fullName\":\"X\",\"password\":\"ngan\"}");
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.body()).contains("\"field\":\"username\"").contains("\"field\":\"password\"");
    // The seal key: the agency's administrator names it; too long a label is refused.
    ApiClient admin = signIn("quantri");
    ApiClient.Answer long64 =
        admin.put("api/agency/seal-key", "{\"tokenLabel\":\"%s\"}".formatted("x".repeat(65)));
    assertThat(long64.status()).isEqualTo(400);
    assertThat(long64.body()).contains("tokenLabel");
    JsonObject agency =
        JsonBodies.object(
            expect(200, admin.put("api/agency/seal-key", "{\"keyAlias\":\"khoa-xa-demo\"}")));
    assertThat(agency.getString("sealKeyAlias")).isEqualTo("khoa-xa-demo");
    assertThat(
            JsonBodies.object(expect(200, admin.put("api/agency/seal-key", "{}")))
                .containsKey("sealKeyAlias"))
        .isFalse();
  }

  @Test
  void aDeactivatedAgencysPeopleCannotSignInUntilItIsActiveAgain() throws Exception {
    ApiClient platform = signIn("nentang");
    String suffix = word();
    long agency =
        id(
            expect(
                201,
                platform.post(
                    "api/agencies",
                    "{\"name\":\"UBND xã Tạm Ngừng %s\",\"abbreviation\":\"UBND\"}"
                        .formatted(suffix))));
    String administrator = "quantri." + suffix;
    String password = "mat-khau-" + suffix;
    expect(
        200,
        platform.post(
            "api/agencies/" + agency + "/administrator",
            "{\"username\":\"%s\",\"fullName\":\"Quản trị tạm ngừng\",\"password\":\"%s\"}"
                .formatted(administrator, password)));
    // A second first administrator is refused: the first adds the others.
    assertThat(
            platform
                .post(
                    "api/agencies/" + agency + "/administrator",
                    "{\"username\":\"khac.%s\",\"fullName\":\"Khác\",\"password\":\"%s\"}"
                        .formatted(suffix, password))
                .status())
        .isEqualTo(409);
    ApiClient before = ApiClient.signedIn(base.toURI(), administrator, password);
    expect(200, before.get("api/users"));
    expect(200, platform.post("api/agencies/" + agency + "/deactivate", ""));
    assertThat(new ApiClient(base.toURI()).signIn(administrator, password).status()).isEqualTo(401);
    // A session opened before is stopped too, within the two seconds its node trusts what it read.
    assertThat(statusWithin(before, "api/users", 403)).isEqualTo(403);
    expect(200, platform.post("api/agencies/" + agency + "/activate", ""));
    assertThat(statusWithin(before, "api/users", 200)).isEqualTo(200);
    ApiClient admin = ApiClient.signedIn(base.toURI(), administrator, password);
    // Its administrator starts with the agency's own registers and units, and no one else's people.
    assertThat(JsonBodies.array(expect(200, admin.get("api/registers"))).size()).isEqualTo(3);
    assertThat(JsonBodies.array(expect(200, admin.get("api/users"))).size()).isEqualTo(1);
    // A mã định danh is checked: its form, and that no other agency has it.
    ApiClient.Answer wrong =
        platform.put(
            "api/agencies/" + agency,
            "{\"name\":\"UBND xã Tạm Ngừng\",\"abbreviation\":\"UBND\","
                + "\"organisationCode\":\"000.05.00.H99\"}");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body()).contains("organisationCode").contains("level 3");
    ApiClient.Answer taken =
        platform.put(
            "api/agencies/" + agency,
            "{\"name\":\"UBND xã Tạm Ngừng\",\"abbreviation\":\"UBND\","
                + "\"organisationCode\":\"000.00.31.H99\"}");
    assertThat(taken.status()).isEqualTo(400);
    assertThat(taken.body()).contains("organisationCode").contains("Unique");
  }

  /** The status the path answers once it answers {@code wanted}, or after five seconds. */
  private static int statusWithin(ApiClient client, String path, int wanted) throws Exception {
    int status = 0;
    for (int i = 0; i < 50 && status != wanted; i++) {
      status = client.get(path).status();
      if (status != wanted) {
        Thread.sleep(100);
      }
    }
    return status;
  }

  /** B's records, made by B's people. */
  private Other otherAgency(String word) throws Exception {
    ApiClient clerk = signIn("vanthu.binhan");
    ApiClient leader = signIn("lanhdao.binhan");
    ApiClient officer = signIn("chuyenvien.binhan");
    ApiClient admin = signIn("quantri.binhan");
    String notation = "%d/UBND-BA".formatted(ThreadLocalRandom.current().nextInt(1000, 9999));
    JsonObject incoming =
        JsonBodies.object(
            expect(
                201,
                clerk.post(
                    "api/incoming-documents",
                    anIncomingDocument()
                        .about("Công văn " + word)
                        .numbered(notation)
                        .withUpload(Workflows.upload(clerk, "Van ban " + word))
                        .json())));
    long document = incoming.getJsonNumber("id").longValue();
    long file = incoming.getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();
    expect(
        200,
        clerk.post(
            "api/incoming-documents/" + document + "/presentation",
            "{\"leader\":\"lanhdao.binhan\"}"));
    expect(
        200,
        leader.post(
            "api/incoming-documents/" + document + "/instruction",
            "{\"lead\":{\"username\":\"chuyenvien.binhan\"}}"));
    long assignment =
        JsonBodies.object(expect(200, officer.get("api/documents/" + document + "/handling")))
            .getJsonArray("assignments")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    expect(
        200,
        officer.post("api/assignments/" + assignment + "/progress", "{\"note\":\"" + word + "\"}"));
    long unit = Workflows.unit(officer, "ĐC");
    long draftUpload = Workflows.upload(officer, "Du thao " + word);
    JsonObject draft =
        JsonBodies.object(
            expect(
                201,
                officer.post(
                    "api/outgoing-documents",
                    ("{\"typeId\":%d,\"subject\":\"Dự thảo %s\",\"draftingUnitId\":%d,"
                            + "\"uploadIds\":[%d]}")
                        .formatted(IncomingDocumentBuilder.DECISION, word, unit, draftUpload))));
    long upload = Workflows.upload(clerk, "Chua dung " + word);
    long register = Registers.incoming(clerk).getJsonNumber("id").longValue();
    long saved =
        id(
            expect(
                201,
                clerk.post(
                    "api/saved-searches",
                    "{\"name\":\"Tìm " + word + "\",\"query\":\"" + word + "\"}")));
    List<Long> units =
        JsonBodies.array(expect(200, admin.get("api/units"))).getValuesAs(JsonObject.class).stream()
            .map(u -> u.getJsonNumber("id").longValue())
            .toList();
    List<JsonObject> accounts =
        JsonBodies.array(expect(200, admin.get("api/users"))).getValuesAs(JsonObject.class);
    // Indexed: the officer finds both the document given to him and his draft.
    awaitTotal(officer, word, 2);
    return new Other(
        word,
        notation,
        document,
        file,
        assignment,
        draft.getJsonNumber("id").longValue(),
        draft.getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue(),
        upload,
        register,
        saved,
        accounts.stream().map(a -> a.getString("username")).toList(),
        units,
        accounts.stream().map(a -> a.getJsonNumber("id").longValue()).toList());
  }

  /** Everything one person of A may ask about B's records; what answered that should not. */
  private List<String> asked(String user, ApiClient client, Other b, long documentA)
      throws Exception {
    List<String> wrong = new ArrayList<>();
    String at = user + ": ";
    // By id: exactly as if it did not exist.
    Map<String, ApiClient.Answer> byId = new LinkedHashMap<>();
    for (long document : List.of(b.incoming(), b.draft())) {
      for (String part : List.of("", "/history", "/handling", "/workflow")) {
        byId.put("documents/" + document + part, client.get("api/documents/" + document + part));
      }
    }
    byId.put(
        "incoming file",
        read(
            client.download(
                "api/documents/%d/files/%d".formatted(b.incoming(), b.incomingFile()))));
    byId.put(
        "draft file",
        read(client.download("api/documents/%d/files/%d".formatted(b.draft(), b.draftFile()))));
    byId.put(
        "file signatures",
        client.get(
            "api/documents/%d/files/%d/signatures".formatted(b.incoming(), b.incomingFile())));
    byId.put("register entries", client.get("api/registers/" + b.register() + "/entries?limit=5"));
    byId.put(
        "register export",
        read(client.download("api/registers/" + b.register() + "/export?format=xlsx")));
    byId.put("saved search", client.delete("api/saved-searches/" + b.savedSearch()));
    byId.put(
        "comparison",
        client.get(
            "api/comparisons?before=%d:%d:1&after=%d:%d:1"
                .formatted(b.incoming(), b.incomingFile(), b.draft(), b.draftFile())));
    byId.put(
        "new version from another agency's upload",
        client.post(
            "api/documents/%d/files/%d/versions".formatted(b.incoming(), b.incomingFile()),
            "{\"uploadId\":" + b.upload() + "}"));
    for (long unit : b.units()) {
      byId.put("unit " + unit, client.get("api/units/" + unit));
    }
    for (long account : b.users()) {
      byId.put("user " + account, client.get("api/users/" + account));
    }
    byId.forEach(
        (what, answer) -> {
          // 403 only where the role may not use the endpoint at all (an administrator's search).
          if (answer.status() != 404 && answer.status() != 403) {
            wrong.add(at + what + " answered " + answer.status());
          }
          if (answer.body() != null && answer.body().contains(b.word())) {
            wrong.add(at + what + " showed the other agency's words");
          }
        });
    // In lists, searches, exports and counts: absent.
    for (String path :
        List.of(
            "api/search?q=" + encode(b.word()),
            "api/search?q=" + encode(b.notation()),
            "api/search?q=" + encode(b.notation()) + "&exact=true",
            "api/search/export?q=" + encode(b.word()),
            "api/registers",
            "api/saved-searches",
            "api/inbox",
            "api/inbox?view=received",
            "api/inbox/follow-up",
            "api/people",
            "api/units",
            "api/users",
            "api/audit?limit=500",
            "api/dashboard",
            "api/agency")) {
      ApiClient.Answer answer =
          path.contains("export") ? read(client.download(path)) : client.get(path);
      String mention = answer.status() == 200 ? mention(answer.body(), b, path) : null;
      if (mention != null) {
        wrong.add(at + path + " mentions the other agency's " + mention);
      }
      if (answer.status() == 200 && path.startsWith("api/search?")) {
        if (JsonBodies.object(answer.body()).getJsonNumber("total").longValue() != 0) {
          wrong.add(at + path + " counted the other agency's documents");
        }
      }
    }
    ApiClient.Answer similar =
        client.postBytes(
            "api/search/similar-content", "application/pdf", TestFiles.pdf("Van ban " + b.word()));
    if (similar.status() == 200 && similar.body().contains("\"id\":" + b.incoming())) {
      wrong.add(at + "similar content found the other agency's document");
    }
    if (client.get("api/documents/" + documentA).status() != 200
        && List.of("vanthu", "lanhdao", "luutru").contains(user)) {
      wrong.add(at + "its own agency's document is not found: the matrix proves nothing");
    }
    return wrong;
  }

  /** A download as text: an office file's (a zip's) entries one after the other. */
  private static ApiClient.Answer read(ApiClient.Download download) throws java.io.IOException {
    byte[] body = download.body();
    StringBuilder text = new StringBuilder();
    if (body.length > 2 && body[0] == 'P' && body[1] == 'K') {
      // Read by its central directory: a streamed workbook's entries give their sizes after them.
      java.nio.file.Path file = java.nio.file.Files.createTempFile("export-", ".zip");
      try {
        java.nio.file.Files.write(file, body);
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
          for (var entry : java.util.Collections.list(zip.entries())) {
            try (var in = zip.getInputStream(entry)) {
              text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
          }
        }
      } finally {
        java.nio.file.Files.delete(file);
      }
    } else {
      text.append(new String(body, StandardCharsets.UTF_8));
    }
    return new ApiClient.Answer(
        download.status(), download.header("Content-Type"), text.toString());
  }

  /** What A's people are shown of totals and lists, answer by answer. */
  private Map<String, String> seen(Map<String, ApiClient> people) throws Exception {
    Map<String, String> seen = new LinkedHashMap<>();
    for (Map.Entry<String, ApiClient> person : people.entrySet()) {
      ApiClient client = person.getValue();
      for (String path :
          List.of(
              "api/search?exact=true&order=newest&q=" + encode("Công văn"),
              "api/search?exact=true&order=newest&q=" + encode("Van ban"),
              "api/dashboard",
              "api/registers",
              "api/inbox",
              "api/people",
              "api/users")) {
        ApiClient.Answer answer = client.get(path);
        seen.put(person.getKey() + " " + path, answer.status() + " " + shown(path, answer));
      }
    }
    return seen;
  }

  /**
   * What an answer shows, for comparing: of a search, its total, its facets' counts and the
   * documents found, in the order of their ids (the one index ranks by statistics of every agency's
   * words, so the order of equal hits may move while another agency writes).
   */
  private static String shown(String path, ApiClient.Answer answer) {
    if (answer.body() == null || answer.status() != 200 || !path.startsWith("api/search")) {
      return answer.body() == null ? "" : answer.body();
    }
    JsonObject result = JsonBodies.object(answer.body());
    return result.getJsonNumber("total")
        + " "
        + result.get("facets")
        + " "
        + result.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
            .map(hit -> hit.getJsonNumber("id").longValue())
            .sorted()
            .toList();
  }

  /**
   * What of B's the answer names, or null: a word, a số ký hiệu, a record's id in a field that
   * holds an id, a person. An export repeats the words searched for in its title, so there its rows
   * are looked at: the subject and số ký hiệu of B's documents.
   */
  private static String mention(String body, Other b, String path) {
    if (body == null) {
      return null;
    }
    if (path.contains("export")) {
      return body.contains("Công văn " + b.word())
          ? "subject"
          : body.contains(b.notation()) ? "số ký hiệu" : null;
    }
    // A's own audit entries may hold the words A's people searched for (B's among them).
    if (body.contains(b.word()) && !path.startsWith("api/audit")) {
      return "word " + b.word();
    }
    if (body.contains(b.notation())) {
      return "số ký hiệu " + b.notation();
    }
    for (long id : List.of(b.incoming(), b.draft())) {
      for (String field : List.of("\"documentId\":" + id + ",", "\"objectId\":\"" + id + "\"")) {
        if (body.contains(field)) {
          return field;
        }
      }
    }
    if (!path.startsWith("api/audit")) {
      for (long id : List.of(b.incoming(), b.draft(), b.register(), b.savedSearch())) {
        if (body.contains("\"id\":" + id + ",")) {
          return "record " + id;
        }
      }
    }
    return b.people().stream()
        .filter(name -> body.contains("\"" + name + "\""))
        .findFirst()
        .map(name -> "person " + name)
        .orElse(null);
  }

  private static void awaitFound(ApiClient client, String word, long document) throws Exception {
    for (int i = 0; i < 100; i++) {
      String body = client.get("api/search?q=" + encode(word)).body();
      if (body.contains("\"id\":" + document + ",")) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(word + " was not indexed");
  }

  private static void awaitTotal(ApiClient client, String word, long total) throws Exception {
    for (int i = 0; i < 100; i++) {
      ApiClient.Answer answer = client.get("api/search?q=" + encode(word));
      if (answer.status() == 200
          && JsonBodies.object(answer.body()).getJsonNumber("total").longValue() >= total) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(word + " was not indexed " + total + " times");
  }

  /** A word no other test writes: letters only, so that the search reads it as one word. */
  private static String word() {
    StringBuilder word = new StringBuilder("rieng");
    for (int i = 0; i < 8; i++) {
      word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return word.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private ApiClient signIn(String username) throws Exception {
    return ApiClient.signedIn(base.toURI(), username, ApiClient.DEMO_PASSWORD);
  }
}
