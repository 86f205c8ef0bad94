package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.IncomingDocumentBuilder.anIncomingDocument;
import static vn.eoffice.app.Workflows.expect;
import static vn.eoffice.app.Workflows.id;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.eoffice.scans.CharacterErrorRate;
import vn.eoffice.scans.ScannedPages;

/**
 * Text recognition of scans (issue 26): pages of Decree 30/2020's appendices, rendered at 200 dpi,
 * turned a little and given noise (module scans), registered as two PNG images and one scanned PDF.
 * The text read back is held against the decree's own text (character error rate at most 3 %), the
 * searchable PDF's text layer is read by Poppler's pdftotext, words of a page body find the
 * document with and without their diacritics, the same scan offered again is "possibly registered
 * already", and a scan under 200 dpi is flagged.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TextRecognitionIT {

  private static final Path REFERENCE = Path.of("..", "..", "shared", "reference", "nd30");
  private static final Path WORK = Path.of("target", "scans");

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void scansAreReadFoundAndFlagged() throws Exception {
    ApiClient clerk = ApiClient.signedIn(base.toURI(), "vanthu", ApiClient.DEMO_PASSWORD);
    List<ScannedPages.Page> pages = new ScannedPages(REFERENCE, WORK).pages(6, 200, 2026);
    List<ScannedPages.Page> inPdf = pages.subList(2, 6);

    long first = upload(clerk, pages.get(0).name() + ".jpg", "image/jpeg", bytes(pages.get(0)));
    long second = upload(clerk, pages.get(1).name() + ".jpg", "image/jpeg", bytes(pages.get(1)));
    long scan = upload(clerk, "ban-scan.pdf", "application/pdf", ScannedPages.pdf(inPdf));
    long document =
        id(
            expect(
                201,
                clerk.post(
                    "api/incoming-documents",
                    anIncomingDocument()
                        .about("Văn bản scan " + System.nanoTime())
                        .withUpload(first)
                        .withUpload(second)
                        .withUpload(scan)
                        .json())));

    List<JsonObject> files = awaitRecognised(clerk, document, 3);
    List<Long> fileIds = new ArrayList<>();
    for (JsonObject file : files) {
      fileIds.add(file.getJsonNumber("id").longValue());
      JsonObject recognition = newest(file).getJsonObject("recognition");
      assertThat(recognition.getString("state")).isEqualTo("DONE");
      assertThat(recognition.getInt("pagesDone")).isEqualTo(recognition.getInt("pages"));
      assertThat(recognition.getInt("lowestDpi")).isBetween(195, 205);
      assertThat(recognition.getBoolean("lowResolution")).isFalse();
      assertThat(recognition.getBoolean("searchable")).isTrue();
    }
    assertThat(newest(files.get(2)).getJsonObject("recognition").getInt("pages")).isEqualTo(4);

    // The text read, against the decree's text, page by page.
    CharacterErrorRate read = new CharacterErrorRate(0, 0);
    for (int i = 0; i < 2; i++) {
      read =
          read.plus(
              CharacterErrorRate.of(
                  pages.get(i).knownText(), text(clerk, document, fileIds.get(i))));
    }
    String[] pdfPages = text(clerk, document, fileIds.get(2)).split("\f");
    assertThat(pdfPages.length).isGreaterThanOrEqualTo(4);
    for (int i = 0; i < 4; i++) {
      read = read.plus(CharacterErrorRate.of(inPdf.get(i).knownText(), pdfPages[i]));
    }
    System.out.println("Character error rate of 6 scanned pages: " + read);
    assertThat(read.rate()).as(read.toString()).isLessThanOrEqualTo(0.03);

    // The searchable PDF, read by Poppler: its text layer holds the same text.
    ApiClient.Download searchable =
        clerk.download(
            "api/documents/%d/files/%d/searchable-pdf".formatted(document, fileIds.get(2)));
    assertThat(searchable.status()).isEqualTo(200);
    assertThat(searchable.header("Content-Type")).startsWith("application/pdf");
    CharacterErrorRate layer = new CharacterErrorRate(0, 0);
    for (int i = 0; i < 4; i++) {
      layer =
          layer.plus(
              CharacterErrorRate.of(inPdf.get(i).knownText(), pdftotext(searchable.body(), i + 1)));
    }
    assertThat(layer.rate()).as(layer.toString()).isLessThanOrEqualTo(0.03);

    // Words of a page body find the document, with and without their marks.
    String words = wordsFrom(inPdf.get(1).knownText());
    awaitFound(clerk, words, document);
    awaitFound(clerk, withoutMarks(words), document);

    // A scan under 200 dpi is flagged.
    ScannedPages.Page coarse = new ScannedPages(REFERENCE, WORK).pages(1, 150, 7).get(0);
    long coarseUpload = upload(clerk, "scan-150dpi.jpg", "image/jpeg", bytes(coarse));
    long coarseDocument =
        id(
            expect(
                201,
                clerk.post(
                    "api/incoming-documents",
                    anIncomingDocument()
                        .about("Văn bản scan thô " + System.nanoTime())
                        .withUpload(coarseUpload)
                        .json())));
    JsonObject flagged =
        newest(awaitRecognised(clerk, coarseDocument, 1).get(0)).getJsonObject("recognition");
    assertThat(flagged.getBoolean("lowResolution")).isTrue();
    assertThat(flagged.getInt("lowestDpi")).isBetween(145, 155);

    // The same scan offered again is "possibly registered already".
    awaitSimilar(clerk, bytes(coarse), coarseDocument);

    // Nothing was read of a file with its own text, and there is nothing to download for it.
    long typed =
        upload(clerk, "cong-van.pdf", "application/pdf", TestFiles.pdf("Công văn đánh máy"));
    long typedDocument =
        id(
            expect(
                201,
                clerk.post(
                    "api/incoming-documents", anIncomingDocument().withUpload(typed).json())));
    JsonObject typedFile = files(clerk, typedDocument).get(0);
    assertThat(
            newest(typedFile).containsKey("recognition")
                && !newest(typedFile).isNull("recognition"))
        .isFalse();
    assertThat(
            clerk
                .get(
                    "api/documents/%d/files/%d/recognised-text"
                        .formatted(typedDocument, typedFile.getJsonNumber("id").longValue()))
                .status())
        .isEqualTo(404);
  }

  private static byte[] bytes(ScannedPages.Page page) throws Exception {
    return Files.readAllBytes(page.image());
  }

  private static long upload(ApiClient clerk, String name, String type, byte[] content) {
    return id(expect(201, clerk.upload(name, type, content)));
  }

  private static List<JsonObject> files(ApiClient clerk, long document) {
    return JsonBodies.object(expect(200, clerk.get("api/documents/" + document)))
        .getJsonArray("files")
        .getValuesAs(JsonObject.class);
  }

  private static JsonObject newest(JsonObject file) {
    var versions = file.getJsonArray("versions");
    return versions.getJsonObject(versions.size() - 1);
  }

  /** The document's files once every one is read (failing on a failed one), within 5 minutes. */
  private static List<JsonObject> awaitRecognised(ApiClient clerk, long document, int count)
      throws Exception {
    long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < until) {
      List<JsonObject> files = files(clerk, document);
      assertThat(files).hasSize(count);
      boolean all = true;
      for (JsonObject file : files) {
        JsonObject recognition = newest(file).getJsonObject("recognition");
        assertThat(recognition).as("a scan is queued for recognition").isNotNull();
        assertThat(recognition.getString("state")).isNotEqualTo("FAILED");
        all &= recognition.getString("state").equals("DONE");
      }
      if (all) {
        return files;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the scans of document " + document + " were not read in 5 minutes");
  }

  private static String text(ApiClient clerk, long document, long file) {
    ApiClient.Download text =
        clerk.download("api/documents/%d/files/%d/recognised-text".formatted(document, file));
    assertThat(text.status()).isEqualTo(200);
    return new String(text.body(), StandardCharsets.UTF_8);
  }

  private static String pdftotext(byte[] pdf, int page) throws Exception {
    Path folder = Files.createTempDirectory("searchable");
    Path file = folder.resolve("scan.pdf");
    Files.write(file, pdf);
    Process process =
        new ProcessBuilder(
                "pdftotext",
                "-enc",
                "UTF-8",
                "-f",
                "" + page,
                "-l",
                "" + page,
                file.toString(),
                "-")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    return text;
  }

  /** Four words from the middle of a page body, each of at least four letters. */
  private static String wordsFrom(String page) {
    List<String> words =
        Arrays.stream(page.split("\\s+"))
            .map(w -> w.replaceAll("[^\\p{L}]", ""))
            .filter(w -> w.length() >= 4)
            .toList();
    assertThat(words.size()).isGreaterThan(20);
    int middle = words.size() / 2;
    return String.join(" ", words.subList(middle, middle + 4));
  }

  private static String withoutMarks(String words) {
    return Normalizer.normalize(words.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
  }

  private static void awaitSimilar(ApiClient clerk, byte[] png, long document) throws Exception {
    List<Long> found = List.of();
    for (int i = 0; i < 100; i++) {
      found =
          JsonBodies.array(
                  expect(200, clerk.postBytes("api/search/similar-content", "image/jpeg", png)))
              .getValuesAs(JsonObject.class)
              .stream()
              .map(o -> o.getJsonNumber("id").longValue())
              .toList();
      if (found.contains(document)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the scan again finds " + found + ", not document " + document);
  }

  private static void awaitFound(ApiClient client, String words, long document) throws Exception {
    for (int i = 0; i < 200; i++) {
      String body =
          client.get("api/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)).body();
      if (body.contains("\"id\":" + document + ",")) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("'" + words + "' does not find document " + document);
  }
}
