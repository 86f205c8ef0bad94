package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.IncomingDocumentBuilder.anIncomingDocument;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IncomingRegistrationIT {

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private ApiClient clerk() throws Exception {
    return ApiClient.signedIn(base.toURI(), "vanthu", ApiClient.DEMO_PASSWORD);
  }

  @Test
  void clerkRegistersAReceivedDocumentWithItsFileUnderTheNextNumber() throws Exception {
    ApiClient clerk = clerk();
    int before = Registers.lastIncomingNumber(clerk);
    byte[] pdf = TestFiles.pdf("Cong van so 12");
    ApiClient.Answer upload =
        clerk.upload("../../Công văn số 12\u0007.pdf", "application/pdf", pdf);
    assertThat(upload.status()).isEqualTo(201);
    JsonObject uploaded = JsonBodies.object(upload.body());
    assertThat(uploaded.getString("fileName")).isEqualTo("Công văn số 12_.pdf");

    OffsetDateTime arrived =
        OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(3).truncatedTo(ChronoUnit.SECONDS);
    ApiClient.Answer created =
        clerk.post(
            "api/incoming-documents",
            anIncomingDocument()
                .about("<b>Mời họp</b> giao ban tháng 12")
                .withUpload(uploaded.getJsonNumber("id").longValue())
                .receivedAt(arrived)
                .json());

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject document = JsonBodies.object(created.body());
    assertThat(document.getInt("number")).isEqualTo(before + 1);
    assertThat(document.getString("subject")).isEqualTo("<b>Mời họp</b> giao ban tháng 12");
    long id = document.getJsonNumber("id").longValue();
    long fileId = document.getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();

    // As stored: the arrival time the clerk gave, the registration's own time, the file.
    JsonObject stored = JsonBodies.object(clerk.get("api/documents/" + id).body());
    assertThat(Instant.parse(stored.getString("receivedAt"))).isEqualTo(arrived.toInstant());
    assertThat(Instant.parse(stored.getString("registeredAt")))
        .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
    assertThat(stored.getInt("number")).isEqualTo(before + 1);
    JsonObject storedFile =
        stored.getJsonArray("files").getJsonObject(0).getJsonArray("versions").getJsonObject(0);
    assertThat(storedFile.getString("fileName")).isEqualTo("Công văn số 12_.pdf");
    assertThat(storedFile.getJsonNumber("size").longValue()).isEqualTo(pdf.length);
    assertThat(storedFile.getString("createdBy")).isEqualTo("vanthu");

    ApiClient.Download file = clerk.download("api/documents/" + id + "/files/" + fileId);
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(pdf);
    assertThat(file.header("Content-Type")).startsWith("application/pdf");
    assertThat(file.header("Content-Disposition"))
        .contains("filename=\"Cong van so 12_.pdf\"")
        .contains("filename*=UTF-8''C%C3%B4ng%20v%C4%83n%20s%E1%BB%91%2012_.pdf");
    assertThat(clerk.get("api/documents/" + id + "/history").body())
        .contains("DOCUMENT_REGISTERED")
        .contains("FILE_DOWNLOADED");
  }

  @Test
  void takesEachSubmissionOnceHoweverOftenItArrives() throws Exception {
    ApiClient clerk = clerk();
    IncomingDocumentBuilder letter = anIncomingDocument();
    String key = "form-" + System.nanoTime();
    int before = Registers.lastIncomingNumber(clerk);

    // A double click: the same submission twice at the same moment, then once more as a retry.
    List<CompletableFuture<ApiClient.Answer>> clicks =
        List.of(
            CompletableFuture.supplyAsync(
                () -> clerk.post("api/incoming-documents", letter.json(), key)),
            CompletableFuture.supplyAsync(
                () -> clerk.post("api/incoming-documents", letter.json(), key)));
    List<ApiClient.Answer> answers = clicks.stream().map(CompletableFuture::join).toList();
    ApiClient.Answer retried = clerk.post("api/incoming-documents", letter.json(), key);

    assertThat(answers)
        .extracting(ApiClient.Answer::status)
        .containsAnyOf(201)
        .allMatch(status -> status == 201 || status == 409);
    assertThat(retried.status()).as(retried.body()).isEqualTo(201);
    long id = JsonBodies.object(retried.body()).getJsonNumber("id").longValue();
    for (ApiClient.Answer answer : answers) {
      if (answer.status() == 201) {
        assertThat(JsonBodies.object(answer.body()).getJsonNumber("id").longValue()).isEqualTo(id);
      } else {
        assertThat(answer.body()).contains("urn:eoffice:problem:request-in-progress");
      }
    }
    assertThat(JsonBodies.object(retried.body()).getInt("number")).isEqualTo(before + 1);
    assertThat(Registers.lastIncomingNumber(clerk)).isEqualTo(before + 1);

    // A refused submission leaves its key free for the corrected form; another path may not use it.
    String second = "form-" + System.nanoTime();
    ApiClient.Answer refused =
        clerk.post("api/incoming-documents", letter.about("").json(), second);
    assertThat(refused.status()).isEqualTo(400);
    ApiClient.Answer corrected =
        clerk.post("api/incoming-documents", anIncomingDocument().about("Đã sửa").json(), second);
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
    assertThat(JsonBodies.object(corrected.body()).getInt("number")).isEqualTo(before + 2);
    assertThat(clerk.post("api/outgoing-documents", "{}", second).body())
        .contains("urn:eoffice:problem:idempotency-key-reused");

    // A key that is no key is refused before anything is done.
    ApiClient.Answer badKey =
        clerk.post("api/incoming-documents", anIncomingDocument().json(), "a b;c");
    assertThat(badKey.status()).isEqualTo(400);
    assertThat(badKey.body()).contains("urn:eoffice:problem:idempotency-key");
    assertThat(Registers.lastIncomingNumber(clerk)).isEqualTo(before + 2);
  }

  @Test
  void warnsWhenTheSameDocumentIsRegisteredAgainAndRegistersItOnceConfirmed() throws Exception {
    ApiClient clerk = clerk();
    IncomingDocumentBuilder letter = anIncomingDocument().datedOn(LocalDate.now().minusDays(3));
    ApiClient.Answer first = clerk.post("api/incoming-documents", letter.json());
    int before = Registers.lastIncomingNumber(clerk);

    ApiClient.Answer again = clerk.post("api/incoming-documents", letter.json());

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("urn:eoffice:problem:possible-duplicate");
    long firstId = JsonBodies.object(first.body()).getJsonNumber("id").longValue();
    assertThat(
            JsonBodies.object(again.body())
                .getJsonArray("duplicates")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue())
        .isEqualTo(firstId);
    assertThat(Registers.lastIncomingNumber(clerk)).isEqualTo(before);

    ApiClient.Answer confirmed =
        clerk.post("api/incoming-documents", letter.confirmingDuplicate().json());
    assertThat(confirmed.status()).isEqualTo(201);
    assertThat(JsonBodies.object(confirmed.body()).getInt("number")).isEqualTo(before + 1);
  }

  @Test
  void refusesMissingAndInvalidFieldsNamingEachAndTakesNoNumber() throws Exception {
    ApiClient clerk = clerk();
    int before = Registers.lastIncomingNumber(clerk);

    ApiClient.Answer answer =
        clerk.post(
            "api/incoming-documents",
            """
            {"typeId":null,"notation":"","documentDate":"%s","subject":" ",
             "issuerName":"UBND tỉnh","issuerCode":"123","pageCount":0}"""
                .formatted(LocalDate.now().plusDays(2)));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body())
        .contains("\"field\":\"typeId\"")
        .contains("\"field\":\"notation\"")
        .contains("\"field\":\"documentDate\"")
        .contains("\"rule\":\"PastOrPresent\"")
        .contains("\"field\":\"subject\"")
        .contains("\"field\":\"issuerCode\"")
        .contains("\"field\":\"pageCount\"");
    assertThat(Registers.lastIncomingNumber(clerk)).isEqualTo(before);
  }

  @Test
  void refusesFilesThatAreNotWhatTheyClaimDamagedOrTooLarge() throws Exception {
    ApiClient clerk = clerk();

    ApiClient.Answer pngAsPdf = clerk.upload("scan.pdf", "application/pdf", TestFiles.png());
    ApiClient.Answer damaged =
        clerk.upload("hong.pdf", "application/pdf", TestFiles.truncatedPdf());
    ApiClient.Answer executable =
        clerk.upload("setup.exe", "application/x-msdownload", new byte[] {'M', 'Z'});
    ApiClient.Answer tooLarge =
        clerk.upload("lon.pdf", "application/pdf", new byte[4 * 1024 * 1024 + 1]);

    assertThat(pngAsPdf.status()).isEqualTo(400);
    assertThat(pngAsPdf.body()).contains("\"rule\":\"FileContent\"");
    assertThat(damaged.status()).isEqualTo(400);
    assertThat(damaged.body()).contains("\"rule\":\"FileCorrupt\"");
    assertThat(executable.status()).isEqualTo(400);
    assertThat(executable.body()).contains("\"rule\":\"FileType\"").contains("PDF, DOCX");
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.body()).contains("\"maxBytes\":4194304").contains("4 MB");
  }

  @Test
  void confidentialDocumentShowsItsContentOnlyToThoseAssigned() throws Exception {
    ApiClient clerk = clerk();
    ApiClient.Answer upload = clerk.upload("mat.pdf", "application/pdf", TestFiles.pdf("Mat"));
    long uploadId = JsonBodies.object(upload.body()).getJsonNumber("id").longValue();
    JsonObject document =
        JsonBodies.object(
            clerk
                .post(
                    "api/incoming-documents",
                    anIncomingDocument()
                        .confidential()
                        .about("Kế hoạch bảo vệ bí mật nhà nước")
                        .withUpload(uploadId)
                        .json())
                .body());
    long id = document.getJsonNumber("id").longValue();
    long fileId = document.getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();
    ApiClient leader = ApiClient.signedIn(base.toURI(), "lanhdao", ApiClient.DEMO_PASSWORD);

    JsonObject seen = JsonBodies.object(leader.get("api/documents/" + id).body());

    assertThat(seen.getBoolean("restricted")).isTrue();
    assertThat(seen.containsKey("subject")).isFalse();
    assertThat(seen.getJsonArray("files")).isEmpty();
    assertThat(leader.download("api/documents/" + id + "/files/" + fileId).status()).isEqualTo(404);
    assertThat(clerk.get("api/documents/" + id).body()).contains("bảo vệ bí mật");
  }

  @Test
  void aNewVersionOfAFileKeepsTheEarlierOne() throws Exception {
    ApiClient clerk = clerk();
    byte[] first = TestFiles.pdf("Ban du thao lan 1");
    byte[] second = TestFiles.pdf("Ban du thao lan 2");
    long firstUpload =
        JsonBodies.object(clerk.upload("du-thao.pdf", "application/pdf", first).body())
            .getJsonNumber("id")
            .longValue();
    JsonObject document =
        JsonBodies.object(
            clerk
                .post("api/incoming-documents", anIncomingDocument().withUpload(firstUpload).json())
                .body());
    long id = document.getJsonNumber("id").longValue();
    long fileId = document.getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();
    long secondUpload =
        JsonBodies.object(clerk.upload("du-thao-sua.pdf", "application/pdf", second).body())
            .getJsonNumber("id")
            .longValue();

    ApiClient.Answer changed =
        clerk.post(
            "api/documents/%d/files/%d/versions".formatted(id, fileId),
            "{\"uploadId\":%d}".formatted(secondUpload));

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(
            JsonBodies.object(changed.body())
                .getJsonArray("files")
                .getJsonObject(0)
                .getJsonArray("versions"))
        .hasSize(2);
    String file = "api/documents/%d/files/%d".formatted(id, fileId);
    assertThat(clerk.download(file).body()).isEqualTo(second);
    assertThat(clerk.download(file + "?version=1").body()).isEqualTo(first);
    assertThat(clerk.get("api/documents/" + id + "/history").body()).contains("FILE_VERSION_ADDED");
    assertThat(
            clerk
                .post(
                    "api/documents/%d/files/%d/versions".formatted(id, fileId),
                    "{\"uploadId\":%d}".formatted(secondUpload))
                .status())
        .isEqualTo(400);
  }

  @Test
  void clerkCorrectsAMistypedSubjectAndTheLogSaysWhichFieldsChanged() throws Exception {
    ApiClient clerk = clerk();
    JsonObject document =
        JsonBodies.object(
            clerk
                .post("api/incoming-documents", anIncomingDocument().about("Gấy mời họp").json())
                .body());
    long id = document.getJsonNumber("id").longValue();
    String correction =
        """
        {"subject":"%s","notation":"%s","documentDate":"%s","issuerName":"%s",
         "urgency":"URGENT","pageCount":2,"notes":"Sửa lỗi chính tả"}"""
            .formatted(
                "%s",
                document.getString("notation"),
                document.getString("documentDate"),
                document.getString("issuerName"));

    ApiClient.Answer blank = clerk.put("api/documents/" + id, correction.formatted(" "));
    ApiClient.Answer byLeader =
        ApiClient.signedIn(base.toURI(), "lanhdao", ApiClient.DEMO_PASSWORD)
            .put("api/documents/" + id, correction.formatted("Giấy mời họp"));
    ApiClient.Answer corrected =
        clerk.put("api/documents/" + id, correction.formatted("Giấy mời họp"));

    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.body()).contains("\"field\":\"subject\"");
    assertThat(byLeader.status()).isEqualTo(403);
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    JsonObject after = JsonBodies.object(clerk.get("api/documents/" + id).body());
    assertThat(after.getString("subject")).isEqualTo("Giấy mời họp");
    assertThat(after.getInt("number")).isEqualTo(document.getInt("number"));
    assertThat(clerk.get("api/documents/" + id + "/history").body())
        .contains("DOCUMENT_CHANGED")
        .contains("subject, notes");
  }

  @Test
  void officersCannotRegisterIncomingDocuments() throws Exception {
    ApiClient officer = ApiClient.signedIn(base.toURI(), "chuyenvien", ApiClient.DEMO_PASSWORD);

    ApiClient.Answer answer = officer.post("api/incoming-documents", anIncomingDocument().json());

    assertThat(answer.status()).isEqualTo(403);
  }
}
