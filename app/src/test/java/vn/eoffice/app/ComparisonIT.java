package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.IncomingDocumentBuilder.anIncomingDocument;
import static vn.eoffice.app.Workflows.expect;
import static vn.eoffice.app.Workflows.id;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.eoffice.signing.Appearance;

/**
 * Versions compared through the API, and a document registered a second time in another layout
 * offered as "possibly registered already".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComparisonIT {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private ApiClient signIn(String username) throws Exception {
    return ApiClient.signedIn(base.toURI(), username, ApiClient.DEMO_PASSWORD);
  }

  @Test
  void aDocxAndAPdfOfTheSameTextCompareEqualAndAnEditIsShownWhereItIs() throws Exception {
    ApiClient clerk = signIn("vanthu");
    List<String> paragraphs = decreeParagraphs(40, System.nanoTime() % 100_000, 0);
    long document = register(clerk, "cong-van.docx", DOCX, docx(paragraphs));
    long file = firstFile(clerk, document);
    addVersion(clerk, document, file, "cong-van.pdf", "application/pdf", pdf(paragraphs));
    List<String> edited = new ArrayList<>(paragraphs);
    edited.set(30, edited.get(30).replaceFirst("cơ quan", "đơn vị"));
    addVersion(clerk, document, file, "cong-van-sua.pdf", "application/pdf", pdf(edited));

    JsonObject same =
        JsonBodies.object(
            expect(
                200,
                clerk.get(
                    "api/comparisons?before=%d:%d:1&after=%d:%d:2"
                        .formatted(document, file, document, file))));
    JsonObject changed =
        JsonBodies.object(
            expect(
                200,
                clerk.get(
                    "api/comparisons?before=%d:%d:1&after=%d:%d:3"
                        .formatted(document, file, document, file))));

    assertThat(same.getJsonObject("comparison").getJsonArray("changes")).isEmpty();
    assertThat(same.getJsonObject("after").getString("fileName")).isEqualTo("cong-van.pdf");
    JsonObject change =
        changed.getJsonObject("comparison").getJsonArray("changes").getJsonObject(0);
    assertThat(changed.getJsonObject("comparison").getJsonArray("changes")).hasSize(1);
    assertThat(change.getString("kind")).isEqualTo("CHANGED");
    assertThat(change.getString("before")).isEqualTo("cơ quan");
    assertThat(change.getString("after")).isEqualTo("đơn vị");
    assertThat(change.getJsonObject("beforeAt").getInt("paragraph")).isEqualTo(31);
    assertThat(change.getJsonObject("afterAt").getInt("page")).isGreaterThan(1);

    ApiClient.Download report =
        clerk.download(
            "api/comparisons/report?before=%d:%d:1&after=%d:%d:3"
                .formatted(document, file, document, file));
    assertThat(report.status()).isEqualTo(200);
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(report.body()))) {
      assertThat(word.getTables().get(0).getRows()).hasSize(2);
      assertThat(word.getTables().get(0).getRow(1).getCell(4).getText()).isEqualTo("đơn vị");
    }
    assertThat(expect(400, clerk.get("api/comparisons?before=abc&after=1:2"))).contains("FileRef");
  }

  @Test
  void theSameTextRegisteredAgainInAnotherLayoutIsOfferedAsPossiblyRegistered() throws Exception {
    ApiClient clerk = signIn("vanthu");
    List<String> paragraphs = decreeParagraphs(30, System.nanoTime() % 100_000, 0);
    long first = register(clerk, "cong-van.docx", DOCX, docx(paragraphs));
    byte[] scanLike = pdf(paragraphs);
    byte[] unrelated = pdf(decreeParagraphs(30, 0, 1));

    List<Long> offered = List.of();
    for (int i = 0; i < 50 && !offered.contains(first); i++) {
      offered = similar(clerk, scanLike);
      Thread.sleep(100);
    }

    assertThat(offered).contains(first);
    assertThat(similar(clerk, unrelated)).doesNotContain(first);
  }

  @Test
  void aFileJustUploadedIsComparedWithTheDocumentItMayDuplicateByItsUploaderOnly()
      throws Exception {
    ApiClient clerk = signIn("vanthu");
    List<String> paragraphs = decreeParagraphs(30, System.nanoTime() % 100_000, 0);
    long first = register(clerk, "cong-van.docx", DOCX, docx(paragraphs));
    long file = firstFile(clerk, first);
    List<String> edited = new ArrayList<>(paragraphs);
    edited.set(12, edited.get(12) + " Thêm một câu.");
    long upload = id(expect(201, clerk.upload("ban-chup.pdf", "application/pdf", pdf(edited))));
    String query = "api/comparisons?before=upload:%d&after=%d:%d".formatted(upload, first, file);

    JsonObject view = JsonBodies.object(expect(200, clerk.get(query)));
    ApiClient other = signIn("chuyenvien");

    assertThat(view.getJsonObject("before").getString("fileName")).isEqualTo("ban-chup.pdf");
    assertThat(view.getJsonObject("before").containsKey("documentId")).isFalse();
    assertThat(view.getJsonObject("after").getJsonNumber("documentId").longValue())
        .isEqualTo(first);
    // The upload holds the added sentence: from the document's side it is a deletion.
    assertThat(view.getJsonObject("comparison").getJsonArray("changes"))
        .hasSize(1)
        .first()
        .satisfies(
            change -> {
              JsonObject c = (JsonObject) change;
              assertThat(c.getString("kind")).isEqualTo("DELETED");
              assertThat(c.getString("before")).isEqualTo("Thêm một câu.");
            });
    assertThat(other.get(query).status()).isEqualTo(404);
  }

  @Test
  void aFileTooLargeOrDamagedToCheckIsRefusedWithTheReason() throws Exception {
    ApiClient clerk = signIn("vanthu");

    ApiClient.Answer tooLarge =
        clerk.postBytes(
            "api/search/similar-content", "application/pdf", new byte[4 * 1024 * 1024 + 1]);
    ApiClient.Answer damaged =
        clerk.postBytes(
            "api/search/similar-content",
            "application/pdf",
            "%PDF-1.7 không phải PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.body()).contains("\"maxBytes\":4194304");
    assertThat(damaged.status()).isEqualTo(400);
    assertThat(damaged.body()).contains("\"rule\":\"UnreadableFile\"");
  }

  static List<Long> similar(ApiClient clerk, byte[] pdf) {
    return JsonBodies.array(
            expect(200, clerk.postBytes("api/search/similar-content", "application/pdf", pdf)))
        .getValuesAs(JsonObject.class)
        .stream()
        .map(o -> o.getJsonNumber("id").longValue())
        .toList();
  }

  static long register(ApiClient clerk, String name, String type, byte[] content) {
    long upload = id(expect(201, clerk.upload(name, type, content)));
    return id(
        expect(
            201,
            clerk.post("api/incoming-documents", anIncomingDocument().withUpload(upload).json())));
  }

  static long firstFile(ApiClient clerk, long document) {
    return JsonBodies.object(expect(200, clerk.get("api/documents/" + document)))
        .getJsonArray("files")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  static void addVersion(
      ApiClient clerk, long document, long file, String name, String type, byte[] content) {
    long upload = id(expect(201, clerk.upload(name, type, content)));
    expect(
        200,
        clerk.post(
            "api/documents/%d/files/%d/versions".formatted(document, file),
            "{\"uploadId\":" + upload + "}"));
  }

  /** Every second paragraph of Decree 30 from the first or second, the serial in the first. */
  static List<String> decreeParagraphs(int count, long serial, int from) throws Exception {
    List<String> lines = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            Path.of("..", "..", "shared", "reference", "nd30", "30_2020_ND_CP.md"))) {
      String text = line.replaceFirst("^[#\\-\\s]*([a-zđ]\\)|\\d+\\.)?\\s*", "").strip();
      if (text.split("\\s+").length >= 12) {
        lines.add(text);
      }
    }
    List<String> chosen = new ArrayList<>();
    chosen.add("Công văn số " + serial + " về công tác văn thư.");
    for (int i = from; chosen.size() < count; i += 2) {
      chosen.add(lines.get(i));
    }
    return chosen;
  }

  static byte[] docx(List<String> paragraphs) throws Exception {
    try (XWPFDocument document = new XWPFDocument()) {
      for (String text : paragraphs) {
        document.createParagraph().createRun().setText(text);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }

  /** The paragraphs laid out as a scan-like PDF: short lines, a number at the foot of each page. */
  static byte[] pdf(List<String> paragraphs) throws Exception {
    try (PDDocument document = new PDDocument()) {
      PDType0Font font = PDType0Font.load(document, Appearance.DEFAULT_FONT.toFile());
      List<String> lines = new ArrayList<>();
      for (String paragraph : paragraphs) {
        StringBuilder line = new StringBuilder("    ");
        for (String word : paragraph.split(" ")) {
          if (line.length() + word.length() > 70) {
            lines.add(line.toString());
            line.setLength(0);
          }
          line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
      }
      int perPage = 40;
      for (int from = 0, page = 1; from < lines.size(); from += perPage, page++) {
        PDPage sheet = new PDPage(PDRectangle.A4);
        document.addPage(sheet);
        try (PDPageContentStream content = new PDPageContentStream(document, sheet)) {
          float y = 790;
          for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
            SigningFixture.write(content, font, 50, y, line);
            y -= 18;
          }
          SigningFixture.write(content, font, 290, 40, String.valueOf(page));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
