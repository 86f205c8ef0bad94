package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.IncomingDocumentBuilder.anIncomingDocument;
import static vn.eoffice.app.Workflows.expect;
import static vn.eoffice.app.Workflows.id;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tra cứu in the container: a registered document is found by the text of its PDF moments after
 * registration, typed with or without diacritics, and by its số ký hiệu alone; a confidential one
 * is neither found nor counted by those not assigned; the administrator rebuilds the index.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIT {

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private ApiClient signIn(String username) throws Exception {
    return ApiClient.signedIn(base.toURI(), username, ApiClient.DEMO_PASSWORD);
  }

  private static JsonObject search(ApiClient user, String query) {
    return JsonBodies.object(
        expect(200, user.get("api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))));
  }

  private static List<Long> ids(JsonObject result) {
    return result.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
        .map(h -> h.getJsonNumber("id").longValue())
        .toList();
  }

  /** Searches until the document shows up, for at most ten seconds. */
  private static JsonObject awaitFound(ApiClient user, String query, long document)
      throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      JsonObject result = search(user, query);
      if (ids(result).contains(document)) {
        return result;
      }
      assertThat(System.nanoTime())
          .as("document %d found by %s", document, query)
          .isLessThan(until);
      Thread.sleep(100);
    }
  }

  private long register(ApiClient clerk, IncomingDocumentBuilder document, String pdfText)
      throws Exception {
    long upload =
        id(
            expect(
                201,
                clerk.upload("van-ban.pdf", "application/pdf", SigningFixture.decision(pdfText))));
    return id(
        expect(201, clerk.post("api/incoming-documents", document.withUpload(upload).json())));
  }

  @Test
  void aRegisteredDocumentIsFoundByTheTextOfItsFileAndByItsNotation() throws Exception {
    ApiClient clerk = signIn("vanthu");
    long serial = System.nanoTime() % 100_000;
    String notation = serial + "/QĐ-UBND";
    long document =
        register(
            clerk,
            anIncomingDocument()
                .numbered(notation)
                .about("Quyết định thu hồi đất tại thôn Đông Hòa")
                .from("UBND huyện Mẫu"),
            "Thu hồi thửa đất số " + serial + " tờ bản đồ số 7 của hộ bà Phạm Thị Huệ");

    long started = System.nanoTime();
    JsonObject byText = awaitFound(clerk, "pham thi hue thua dat " + serial, document);
    System.out.printf(
        "Searchable %d ms after the registration answered%n",
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    JsonObject hit = byText.getJsonArray("hits").getJsonObject(0);
    assertThat(hit.getJsonNumber("id").longValue())
        .as("the document with every word ranks first")
        .isEqualTo(document);
    assertThat(hit.getJsonObject("highlights").getString("content"))
        .contains("<mark>Phạm")
        .contains(serial + "</mark>");
    assertThat(ids(search(clerk, "\"Phạm Thị Huệ\" " + serial))).containsExactly(document);

    JsonObject byNotation = search(clerk, notation);
    assertThat(byNotation.getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(byNotation.getBoolean("exact")).as("a narrow search is counted exactly").isTrue();
    assertThat(ids(byNotation)).containsExactly(document);
    assertThat(ids(search(clerk, serial + "/QD-UBND"))).containsExactly(document);

    assertThat(ids(search(signIn("luutru"), "\"thon dong hoa\" " + serial)))
        .as("the archivist reads incoming documents")
        .containsExactly(document);
  }

  @Test
  void aConfidentialDocumentIsNeitherFoundNorCountedByThoseNotAssigned() throws Exception {
    ApiClient clerk = signIn("vanthu");
    long serial = System.nanoTime() % 100_000;
    String word = "mattuyetdoi" + serial;
    long secret =
        register(
            clerk,
            anIncomingDocument().confidential().about("Báo cáo " + word + " về an ninh"),
            "Nội dung mật " + word);
    awaitFound(clerk, word, secret);

    for (String other : List.of("luutru", "chuyenvien2", "lanhdao")) {
      ApiClient user = signIn(other);
      JsonObject result = search(user, word);
      assertThat(result.getJsonNumber("total").longValue()).as(other).isZero();
      assertThat(result.getJsonArray("hits")).as(other).isEmpty();
      assertThat(result.getJsonObject("facets").toString()).as(other).doesNotContain("\"count\"");
      assertThat(exportedLines(user, word)).as(other + "'s export").isEmpty();
    }
    assertThat(exportedLines(clerk, word))
        .singleElement()
        .satisfies(line -> assertThat(line).contains("Báo cáo " + word + " về an ninh"));

    // Presented to the chairman, it is his to find from then on: the index follows whom a
    // document is given to.
    expect(
        200,
        clerk.post(
            "api/incoming-documents/" + secret + "/presentation",
            "{\"leader\":\"lanhdao\",\"comment\":\"Kính trình Chủ tịch\"}"));
    ApiClient chairman = signIn("lanhdao");
    awaitFound(chairman, word, secret);
    // Handed on to an officer: the officer finds it, and so does the chairman, who has it no
    // longer waiting for him.
    expect(
        200,
        chairman.post(
            "api/incoming-documents/" + secret + "/instruction",
            "{\"lead\":{\"username\":\"chuyenvien\"}}"));
    awaitFound(signIn("chuyenvien"), word, secret);
    assertThat(ids(search(chairman, word))).containsExactly(secret);
  }

  @Test
  void aDocumentHandedToAUnitIsFoundByTheUnitsHeadFromThenOn() throws Exception {
    ApiClient clerk = signIn("vanthu");
    ApiClient headOfUnit = signIn("truongdc");
    String word = "giaodiachinh" + System.nanoTime() % 100_000;
    long document =
        register(
            clerk,
            anIncomingDocument().about("Đơn " + word + " xin cấp giấy chứng nhận"),
            "Nội dung đơn " + word);
    awaitFound(clerk, word, document);
    assertThat(search(headOfUnit, word).getJsonNumber("total").longValue())
        .as("not handed to the cadastre unit yet")
        .isZero();

    expect(
        200,
        clerk.post(
            "api/incoming-documents/" + document + "/presentation",
            "{\"leader\":\"lanhdao\",\"comment\":\"Kính trình Chủ tịch\"}"));
    expect(
        200,
        signIn("lanhdao")
            .post(
                "api/incoming-documents/" + document + "/instruction",
                "{\"lead\":{\"unitId\":%d}}".formatted(Workflows.unit(clerk, "ĐC"))));

    awaitFound(headOfUnit, word, document);
  }

  /** The data lines of the exported workbook, each as its cells joined by " | ". */
  private static List<String> exportedLines(ApiClient user, String query) throws Exception {
    ApiClient.Download export =
        user.download("api/search/export?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.header("Content-Disposition")).contains("ket-qua-tra-cuu-");
    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(export.body()))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Số, ký hiệu");
      List<String> lines = new java.util.ArrayList<>();
      for (int r = 6; r <= sheet.getLastRowNum(); r++) {
        List<String> cells = new java.util.ArrayList<>();
        sheet.getRow(r).forEach(c -> cells.add(c.getStringCellValue()));
        lines.add(String.join(" | ", cells));
      }
      return lines;
    }
  }

  @Test
  void badSearchesSayWhatIsWrong() throws Exception {
    ApiClient clerk = signIn("vanthu");
    ApiClient.Answer order = clerk.get("api/search?q=x&order=sideways");
    assertThat(order.status()).isEqualTo(400);
    assertThat(order.body()).contains("order").contains("SearchOrder");
    ApiClient.Answer limit = clerk.get("api/search?q=x&limit=5000");
    assertThat(limit.status()).isEqualTo(400);
    assertThat(limit.body()).contains("limit");
    assertThat(clerk.get("api/search?q=x&offset=abc").status()).isEqualTo(400);
    // Paging deeper than the window is refused at once, whatever the number (an int's end too),
    // and says how to narrow the search; the deepest page within the window is answered.
    for (String offset : List.of("200000000", "2147483647", "99999999999", "9981")) {
      ApiClient.Answer deep = clerk.get("api/search?q=x&offset=" + offset);
      assertThat(deep.status()).as(offset).isEqualTo(400);
      assertThat(deep.body()).contains("SearchWindow").contains("10000").contains("narrow");
      assertThat(deep.contentType()).contains("application/problem+json");
    }
    assertThat(clerk.get("api/search?q=x&offset=9980&limit=20").status()).isEqualTo(200);
    // The same search sent as a body, for texts an address would not take; its errors alike.
    assertThat(clerk.post("api/search", "{\"q\":\"x\",\"limit\":5}").status()).isEqualTo(200);
    ApiClient.Answer deepByBody = clerk.post("api/search", "{\"q\":\"x\",\"offset\":200000000}");
    assertThat(deepByBody.status()).isEqualTo(400);
    assertThat(deepByBody.body()).contains("SearchWindow");
    ApiClient.Answer exact = clerk.get("api/search?q=x&exact=maybe");
    assertThat(exact.status()).isEqualTo(400);
    assertThat(exact.body()).contains("exact").contains("true, false");
    assertThat(clerk.get("api/search?q=x&exact=true").status()).isEqualTo(200);
    assertThat(signIn("quantri").get("api/search?q=x").status())
        .as("administrators manage, they do not read documents")
        .isEqualTo(403);
  }

  @Test
  void theAdministratorRebuildsTheIndexAndSearchesFindTheSameAfter() throws Exception {
    ApiClient clerk = signIn("vanthu");
    long serial = System.nanoTime() % 100_000;
    long document =
        register(
            clerk,
            anIncomingDocument().about("Kế hoạch xây dựng lại " + serial),
            "Kế hoạch số " + serial);
    awaitFound(clerk, "ke hoach " + serial, document);

    ApiClient admin = signIn("quantri");
    assertThat(clerk.post("api/search/rebuild", "").status()).isEqualTo(403);
    JsonObject started = JsonBodies.object(expect(200, admin.post("api/search/rebuild", "")));
    assertThat(started.getBoolean("running")).isTrue();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    JsonObject progress;
    do {
      Thread.sleep(200);
      progress = JsonBodies.object(expect(200, admin.get("api/search/rebuild")));
      assertThat(System.nanoTime()).as("rebuild finished").isLessThan(until);
    } while (progress.getBoolean("running"));
    assertThat(progress.getJsonNumber("done").longValue())
        .isEqualTo(progress.getJsonNumber("total").longValue())
        .isGreaterThanOrEqualTo(1);
    assertThat(progress.containsKey("finishedAt")).isTrue();
    assertThat(ids(search(clerk, "ke hoach " + serial))).containsExactly(document);
  }

  @Test
  void eachUserKeepsTheirOwnSavedSearches() throws Exception {
    ApiClient clerk = signIn("vanthu");
    String name = "Đất đai " + System.nanoTime();
    JsonObject saved =
        JsonBodies.object(
            expect(
                201,
                clerk.post(
                    "api/saved-searches",
                    ("{\"name\":\"%s\",\"query\":\"thu hồi đất\","
                            + "\"filters\":{\"type\":[\"Quyết định\"],\"year\":[\"2026\"]},"
                            + "\"order\":\"newest\"}")
                        .formatted(name))));
    long id = saved.getJsonNumber("id").longValue();
    assertThat(saved.getJsonObject("filters").getJsonArray("type").getString(0))
        .isEqualTo("Quyết định");
    assertThat(JsonBodies.array(expect(200, clerk.get("api/saved-searches"))).toString())
        .contains(name)
        .contains("thu hồi đất");

    ApiClient.Answer twice =
        clerk.post("api/saved-searches", "{\"name\":\"%s\",\"query\":\"x\"}".formatted(name));
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.body()).contains("Unique");
    ApiClient.Answer nameless = clerk.post("api/saved-searches", "{\"query\":\"x\"}");
    assertThat(nameless.status()).isEqualTo(400);
    assertThat(nameless.body()).contains("name");
    ApiClient.Answer unknown =
        clerk.post("api/saved-searches", "{\"name\":\"Lọc lạ\",\"filters\":{\"colour\":[\"đỏ\"]}}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("UnknownFilter");

    ApiClient archivist = signIn("luutru");
    assertThat(JsonBodies.array(expect(200, archivist.get("api/saved-searches"))).toString())
        .doesNotContain(name);
    assertThat(archivist.delete("api/saved-searches/" + id).status()).isEqualTo(404);

    assertThat(clerk.delete("api/saved-searches/" + id).status()).isEqualTo(204);
    assertThat(JsonBodies.array(expect(200, clerk.get("api/saved-searches"))).toString())
        .doesNotContain(name);
  }
}
