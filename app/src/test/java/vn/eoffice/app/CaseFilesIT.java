package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.Workflows.expect;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Case files (issue 26): the year's file plan drafted by the archivist and approved by the head, a
 * file opened from it and one outside it, documents added (one document in both, without a copy),
 * what each role and another agency may see and do, and the closing: drafts taken out, documents
 * numbered, totals counted, the date it is due at the archive.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseFilesIT {

  private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 100_000);
  private static final String COMMUNE = "000.00.31.H99";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void aPlannedFileIsOpenedFilledAndClosedAsTheDecreeSays() throws Exception {
    ApiClient archivist = signIn("luutru");
    ApiClient chairman = signIn("lanhdao");
    ApiClient officer = signIn("chuyenvien");
    ApiClient otherOfficer = signIn("chuyenvien2");
    ApiClient clerk = signIn("vanthu");
    ApiClient otherArchivist = signIn("luutru.snv");
    long serial = SERIAL.incrementAndGet();
    int year = unplannedYear(archivist);

    // The archivist drafts the year's plan; the officer may not, nor may the plan repeat itself.
    expect(201, archivist.post("api/file-plans/" + year, ""));
    assertThat(archivist.post("api/file-plans/" + year, "").status()).isEqualTo(409);
    assertThat(officer.post("api/file-plans/" + (year - 1), "").status()).isEqualTo(403);
    String notation = "01.ĐC-" + serial;
    JsonObject plan =
        JsonBodies.object(
            expect(
                200,
                archivist.post(
                    "api/file-plans/" + year + "/files",
                    ("{\"notation\":\"%s\",\"title\":\"Hồ sơ cấp giấy chứng nhận quyền sử dụng"
                            + " đất năm %d\",\"retentionYears\":10,\"responsible\":\"chuyenvien\"}")
                        .formatted(notation, year))));
    assertThat(plan.getString("state")).isEqualTo("DRAFT");
    expect(
        200,
        archivist.post(
            "api/file-plans/" + year + "/files",
            "{\"notation\":\"02.VP-%d\",\"title\":\"Quyết định của Chủ tịch UBND xã\",\"permanent\":true}"
                .formatted(serial)));
    // Bad input says what is wrong and changes nothing.
    ApiClient.Answer twice =
        archivist.post(
            "api/file-plans/" + year + "/files",
            "{\"notation\":\"%s\",\"title\":\"Lặp\",\"retentionYears\":5}".formatted(notation));
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.body()).contains("DuplicateNotation");
    ApiClient.Answer noRetention =
        archivist.post(
            "api/file-plans/" + year + "/files",
            "{\"notation\":\"03-%d\",\"title\":\"Không thời hạn\"}".formatted(serial));
    assertThat(noRetention.status()).isEqualTo(400);
    assertThat(noRetention.body()).contains("retentionYears");
    assertThat(
            archivist
                .post(
                    "api/file-plans/" + year + "/files",
                    "{\"notation\":\"04-%d\",\"title\":\"x\",\"retentionYears\":5,\"responsible\":\"vanthu.snv\"}"
                        .formatted(serial))
                .body())
        .contains("UnknownUser");
    assertThat(
            JsonBodies.object(expect(200, archivist.get("api/file-plans/" + year)))
                .getJsonArray("files"))
        .hasSize(2);
    long plannedId = planned(archivist, year, notation);

    // Files are opened from a plan once the head has approved it; approved, it is fixed.
    ApiClient.Answer early =
        officer.post("api/case-files", "{\"plannedId\":%d}".formatted(plannedId));
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.body()).contains("PlanNotApproved");
    assertThat(archivist.post("api/file-plans/" + year + "/approval", "").status()).isEqualTo(403);
    assertThat(
            JsonBodies.object(
                    expect(200, chairman.post("api/file-plans/" + year + "/approval", "")))
                .getString("state"))
        .isEqualTo("APPROVED");
    assertThat(
            archivist
                .post(
                    "api/file-plans/" + year + "/files",
                    "{\"notation\":\"05-%d\",\"title\":\"Muộn\",\"retentionYears\":5}"
                        .formatted(serial))
                .body())
        .contains("PlanApproved");

    // The officer opens the planned file: its code is the organ code, the year and the notation.
    JsonObject opened =
        JsonBodies.object(
            expect(
                201,
                officer.post(
                    "api/case-files",
                    "{\"plannedId\":%d,\"startDate\":\"%d-01-01\",\"keywords\":\"đất đai\"}"
                        .formatted(plannedId, year))));
    long file = opened.getJsonNumber("id").longValue();
    assertThat(opened.getString("fileCode")).isEqualTo(COMMUNE + "." + year + "." + notation);
    assertThat(opened.getInt("retentionYears")).isEqualTo(10);
    assertThat(opened.getString("language")).isEqualTo("Tiếng Việt");
    assertThat(opened.getString("responsible")).isEqualTo("chuyenvien");
    assertThat(officer.post("api/case-files", "{\"plannedId\":%d}".formatted(plannedId)).body())
        .contains("OpenedAlready");

    // Documents: an issued decision the officer drafted, a draft of theirs, and an incoming
    // document only the registry and the archive read.
    long issued =
        Workflows.approvedDraft(
            officer, chairman, IncomingDocumentBuilder.DECISION, "Quyết định giao đất " + serial);
    JsonObject issuedDocument =
        JsonBodies.object(
            expect(200, clerk.post("api/outgoing-documents/" + issued + "/issue", "{}")));
    long draft = Workflows.draft(officer, IncomingDocumentBuilder.DECISION, "Dự thảo " + serial);
    long incoming =
        Workflows.registeredWithFile(clerk, IncomingDocumentBuilder.anIncomingDocument());
    expect(200, officer.post("api/case-files/" + file + "/documents", doc(issued)));
    expect(200, officer.post("api/case-files/" + file + "/documents", doc(draft)));
    // The same document again stays where it is.
    JsonObject filled =
        JsonBodies.object(
            expect(200, officer.post("api/case-files/" + file + "/documents", doc(issued))));
    assertThat(ordinals(filled)).containsExactly(1, 2);
    // A document the officer may not read reads as if it did not exist; the archivist adds it.
    assertThat(officer.post("api/case-files/" + file + "/documents", doc(incoming)).status())
        .isEqualTo(404);
    assertThat(officer.post("api/case-files/" + file + "/documents", doc(99_999_999)).status())
        .isEqualTo(404);
    assertThat(officer.post("api/case-files/" + file + "/documents", "{}").status()).isEqualTo(400);
    expect(200, archivist.post("api/case-files/" + file + "/documents", doc(incoming)));
    JsonObject seenByOfficer =
        JsonBodies.object(expect(200, officer.get("api/case-files/" + file)));
    assertThat(seenByOfficer.getInt("docTotal")).isEqualTo(3);
    assertThat(documentIds(seenByOfficer)).containsExactly(issued, draft);
    // The archivist reads the incoming document but not the officer's draft, never issued.
    assertThat(documentIds(JsonBodies.object(expect(200, archivist.get("api/case-files/" + file)))))
        .containsExactly(issued, incoming);
    expect(200, archivist.delete("api/case-files/" + file + "/documents/" + incoming));

    // The same decision in a file outside the plan, without a copy.
    String outside = "NGOAI-" + serial;
    long second =
        JsonBodies.object(
                expect(
                    201,
                    officer.post(
                        "api/case-files",
                        ("{\"notation\":\"%s\",\"title\":\"Hồ sơ thanh tra đất đai\","
                                + "\"permanent\":true,\"year\":%d,\"startDate\":\"%s\"}")
                            .formatted(outside, year, TODAY.minusDays(400)))))
            .getJsonNumber("id")
            .longValue();
    expect(200, officer.post("api/case-files/" + second + "/documents", doc(issued)));
    ApiClient.Answer noTitle =
        officer.post(
            "api/case-files", "{\"notation\":\"X-%d\",\"permanent\":true}".formatted(serial));
    assertThat(noTitle.status()).isEqualTo(400);
    assertThat(noTitle.body()).contains("title");

    // Who sees the file: its keeper, the archivist and the leaders; not another officer, not
    // another agency's archivist, and they cannot add to it either.
    assertThat(otherOfficer.get("api/case-files/" + file).status()).isEqualTo(404);
    assertThat(otherOfficer.post("api/case-files/" + file + "/documents", doc(issued)).status())
        .isEqualTo(404);
    assertThat(otherArchivist.get("api/case-files/" + file).status()).isEqualTo(404);
    assertThat(otherArchivist.get("api/file-plans/" + year).status()).isEqualTo(404);
    expect(200, chairman.get("api/case-files/" + file));
    assertThat(chairman.post("api/case-files/" + file + "/documents", doc(issued)).status())
        .isEqualTo(409);
    assertThat(ids(otherOfficer.get("api/case-files"))).doesNotContain(file, second);
    assertThat(ids(officer.get("api/case-files"))).contains(file, second);
    assertThat(ids(archivist.get("api/case-files"))).contains(file, second);

    // Closed: the draft taken out, the documents numbered, the totals counted, the end date the
    // latest document's, and due at the archive a year later (10 years' retention).
    JsonObject closed =
        JsonBodies.object(expect(200, officer.post("api/case-files/" + file + "/closing", "{}")));
    assertThat(closed.getString("state")).isEqualTo("CLOSED");
    assertThat(documentIds(closed)).containsExactly(issued);
    assertThat(ordinals(closed)).containsExactly(1);
    assertThat(closed.getInt("docTotal")).isEqualTo(1);
    LocalDate end = LocalDate.parse(issuedDocument.getString("documentDate"));
    assertThat(closed.getString("endDate")).isEqualTo(end.toString());
    assertThat(closed.getString("dueAtArchive")).isEqualTo(end.plusYears(1).toString());
    JsonObject filed = closed.getJsonArray("documents").getJsonObject(0);
    assertThat(filed.getString("typeName")).isEqualTo("Quyết định");
    assertThat(filed.getString("codeNotation")).endsWith("QĐ-UBND");
    assertThat(filed.getString("organName")).isEqualTo("UBND xã Demo");
    ApiClient.Answer late = officer.post("api/case-files/" + file + "/documents", doc(draft));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.body()).contains("FileClosed");
    // The other file still holds the decision: one document, two files.
    assertThat(documentIds(JsonBodies.object(expect(200, officer.get("api/case-files/" + second)))))
        .containsExactly(issued);
    // A file that would end before it began is refused.
    assertThat(
            officer
                .post("api/case-files/" + second + "/closing", "{\"endDate\":\"1999-01-01\"}")
                .body())
        .contains("BeforeStart");

    // Its work ended 340 days ago: due at the archive in 25 days, its keeper is reminded.
    LocalDate ended = TODAY.minusDays(340);
    expect(
        200,
        officer.post(
            "api/case-files/" + second + "/closing", "{\"endDate\":\"%s\"}".formatted(ended)));
    assertThat(ids(officer.get("api/case-files/due"))).contains(second).doesNotContain(file);
    assertThat(ids(archivist.get("api/case-files/due"))).contains(second);
    assertThat(ids(otherOfficer.get("api/case-files/due"))).doesNotContain(second);
    // The head lets the unit keep it back, two years past its due date at the most.
    ApiClient.Answer tooLong =
        chairman.post(
            "api/case-files/" + second + "/keeping-back",
            "{\"until\":\"%s\",\"reason\":\"Còn thanh tra\"}".formatted(ended.plusYears(4)));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body()).contains("OutOfRange");
    assertThat(
            officer
                .post(
                    "api/case-files/" + second + "/keeping-back",
                    "{\"until\":\"%s\",\"reason\":\"x\"}".formatted(ended.plusYears(2)))
                .status())
        .isEqualTo(403);
    JsonObject kept =
        JsonBodies.object(
            expect(
                200,
                chairman.post(
                    "api/case-files/" + second + "/keeping-back",
                    "{\"until\":\"%s\",\"reason\":\"Vụ việc còn đang thanh tra\"}"
                        .formatted(ended.plusYears(2)))));
    assertThat(kept.getString("dueAtArchive")).isEqualTo(ended.plusYears(2).toString());
    assertThat(kept.getString("keptApprovedBy")).isEqualTo("lanhdao");
    assertThat(ids(officer.get("api/case-files/due"))).doesNotContain(second);

    // A file of two years' retention stays with its unit: it is not handed over.
    long shortLived =
        JsonBodies.object(
                expect(
                    201,
                    officer.post(
                        "api/case-files",
                        "{\"notation\":\"NGAN-%d\",\"title\":\"Giấy mời họp\",\"retentionYears\":2}"
                            .formatted(serial))))
            .getJsonNumber("id")
            .longValue();
    expect(200, officer.post("api/case-files/" + shortLived + "/documents", doc(issued)));
    expect(200, officer.post("api/case-files/" + shortLived + "/closing", "{}"));
    assertThat(officer.post("api/case-files/" + shortLived + "/handover", "").body())
        .contains("StaysWithUnit");

    // Handed over, returned once with the reason, mended, handed over again and accepted.
    assertThat(archivist.post("api/case-files/" + file + "/acceptance", "").body())
        .contains("NotHandedOver");
    expect(200, officer.post("api/case-files/" + file + "/handover", ""));
    assertThat(officer.post("api/case-files/" + file + "/handover", "").status()).isEqualTo(409);
    assertThat(ids(archivist.get("api/case-files/handed-over"))).contains(file);
    assertThat(officer.get("api/case-files/handed-over").status()).isEqualTo(403);
    assertThat(officer.post("api/case-files/" + file + "/acceptance", "").status()).isEqualTo(403);
    assertThat(archivist.post("api/case-files/" + file + "/return", "{\"reason\":\" \"}").status())
        .isEqualTo(400);
    JsonObject returned =
        JsonBodies.object(
            expect(
                200,
                archivist.post(
                    "api/case-files/" + file + "/return",
                    "{\"reason\":\"Thiếu tờ trình kèm theo quyết định\"}")));
    assertThat(returned.getString("state")).isEqualTo("RETURNED");
    assertThat(returned.getJsonArray("handovers").getJsonObject(0).getString("reason"))
        .isEqualTo("Thiếu tờ trình kèm theo quyết định");
    expect(200, officer.post("api/case-files/" + file + "/reopening", ""));
    long report =
        Workflows.approvedDraft(
            officer, chairman, IncomingDocumentBuilder.DECISION, "Tờ trình giao đất " + serial);
    expect(200, clerk.post("api/outgoing-documents/" + report + "/issue", "{}"));
    expect(200, officer.post("api/case-files/" + file + "/documents", doc(report)));
    expect(200, officer.post("api/case-files/" + file + "/closing", "{}"));
    expect(200, officer.post("api/case-files/" + file + "/handover", ""));
    JsonObject accepted =
        JsonBodies.object(
            expect(200, archivist.post("api/case-files/" + file + "/acceptance", "")));
    assertThat(accepted.getString("state")).isEqualTo("ACCEPTED");
    assertThat(accepted.getInt("docTotal")).isEqualTo(2);
    assertThat(accepted.getJsonArray("handovers")).hasSize(2);
    // In the archive it is read-only.
    assertThat(officer.post("api/case-files/" + file + "/reopening", "").status()).isEqualTo(409);
    assertThat(archivist.post("api/case-files/" + file + "/documents", doc(draft)).status())
        .isEqualTo(409);
    assertThat(archivist.delete("api/case-files/" + file + "/documents/" + issued).status())
        .isEqualTo(409);

    // Its transfer package for the historical archive (E-ARK CSIP) reads back with every
    // checksum right; the same package with one byte of a document changed does not.
    ApiClient.Download transfer =
        archivist.download("api/case-files/" + file + "/transfer-package");
    assertThat(transfer.status()).isEqualTo(200);
    assertThat(transfer.header("Content-Type")).startsWith("application/zip");
    JsonObject sound =
        JsonBodies.object(
            expect(
                200,
                archivist.postBytes(
                    "api/archive/transfer-package-check", "application/zip", transfer.body())));
    assertThat(sound.getJsonArray("problems")).isEmpty();
    assertThat(sound.getInt("filesChecked")).isGreaterThanOrEqualTo(4);
    assertThat(sound.getString("objectId")).isEqualTo(COMMUNE + "." + year + "." + notation);
    JsonObject broken =
        JsonBodies.object(
            expect(
                200,
                archivist.postBytes(
                    "api/archive/transfer-package-check",
                    "application/zip",
                    withAByteChanged(transfer.body()))));
    assertThat(broken.getJsonArray("problems")).hasSize(1);
    assertThat(broken.getJsonArray("problems").getString(0))
        .contains("/representations/original/data/")
        .contains("SHA-256");
    assertThat(officer.get("api/case-files/" + file + "/transfer-package").status()).isEqualTo(403);
    assertThat(
            officer
                .postBytes("api/archive/transfer-package-check", "application/zip", transfer.body())
                .status())
        .isEqualTo(403);
    // What is not a package is said to be none.
    assertThat(
            JsonBodies.object(
                    expect(
                        200,
                        archivist.postBytes(
                            "api/archive/transfer-package-check",
                            "application/zip",
                            "không phải ZIP".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .getJsonArray("problems")
                .getString(0))
        .startsWith("not a ZIP file");

    // Found in the archive's catalogue by anyone of the agency, by the words of a document's
    // subject without diacritics; a file not in the archive is not there, nor in another agency's.
    JsonObject catalogue =
        JsonBodies.object(
            expect(200, otherOfficer.get("api/archive/catalogue?q=giao%20dat%20" + serial)));
    assertThat(catalogueIds(catalogue)).containsExactly(file);
    assertThat(catalogue.getJsonObject("facets").getJsonObject("year").getInt(String.valueOf(year)))
        .isEqualTo(1);
    assertThat(catalogue.getJsonObject("facets").getJsonObject("retention").getInt("10"))
        .isEqualTo(1);
    assertThat(
            catalogueIds(
                JsonBodies.object(
                    expect(
                        200,
                        archivist.get(
                            "api/archive/catalogue?q=" + serial + "&retention=permanent")))))
        .isEmpty();
    assertThat(
            catalogueIds(
                JsonBodies.object(
                    expect(200, archivist.get("api/archive/catalogue?q=ngoai-" + serial)))))
        .isEmpty();
    assertThat(
            catalogueIds(
                JsonBodies.object(
                    expect(200, otherArchivist.get("api/archive/catalogue?q=" + serial)))))
        .isEmpty();
    ApiClient.Answer badFilter = archivist.get("api/archive/catalogue?access=SECRET");
    assertThat(badFilter.status()).isEqualTo(400);
    assertThat(badFilter.body()).contains("OPEN, RESTRICTED");

    // Borrowed: another officer asks to read it, the head approves for a week, and the file with
    // its documents opens to them; a file not in the archive is not lent.
    assertThat(otherOfficer.get("api/case-files/" + file).status()).isEqualTo(404);
    assertThat(
            otherOfficer
                .post("api/case-files/" + second + "/loans", "{\"purpose\":\"Tra cứu\"}")
                .status())
        .isEqualTo(404);
    assertThat(otherOfficer.post("api/case-files/" + file + "/loans", "{}").status())
        .isEqualTo(400);
    long loan =
        JsonBodies.object(
                expect(
                    201,
                    otherOfficer.post(
                        "api/case-files/" + file + "/loans",
                        "{\"purpose\":\"Tra cứu để giải quyết đơn khiếu nại về đất đai\"}")))
            .getJsonNumber("id")
            .longValue();
    assertThat(ids(chairman.get("api/archive/loans/waiting"))).contains(loan);
    assertThat(
            otherOfficer
                .post("api/archive/loans/" + loan + "/approval", until(TODAY.plusDays(7)))
                .status())
        .isEqualTo(403);
    assertThat(
            chairman
                .post("api/archive/loans/" + loan + "/approval", until(TODAY.plusDays(200)))
                .body())
        .contains("OutOfRange");
    JsonObject lent =
        JsonBodies.object(
            expect(
                200,
                chairman.post(
                    "api/archive/loans/" + loan + "/approval", until(TODAY.plusDays(7)))));
    assertThat(lent.getString("state")).isEqualTo("APPROVED");
    assertThat(
            chairman
                .post("api/archive/loans/" + loan + "/approval", until(TODAY.plusDays(7)))
                .status())
        .isEqualTo(409);
    JsonObject borrowed =
        JsonBodies.object(expect(200, otherOfficer.get("api/case-files/" + file)));
    assertThat(documentIds(borrowed)).containsExactly(issued, report);
    assertThat(ids(otherOfficer.get("api/archive/loans"))).contains(loan);
    // A second request, refused with the reason.
    long refusedLoan =
        JsonBodies.object(
                expect(
                    201,
                    otherOfficer.post(
                        "api/case-files/" + file + "/loans", "{\"purpose\":\"Sao chụp\"}")))
            .getJsonNumber("id")
            .longValue();
    assertThat(
            JsonBodies.object(
                    expect(
                        200,
                        chairman.post(
                            "api/archive/loans/" + refusedLoan + "/refusal",
                            "{\"reason\":\"Không thuộc nhiệm vụ được giao\"}")))
                .getString("state"))
        .isEqualTo("REFUSED");

    // Destroyed: a file of 2015 kept 5 years, in the archive; nothing is destroyed without the
    // council's decision approved, and a permanent file or one still kept never.
    long old =
        JsonBodies.object(
                expect(
                    201,
                    officer.post(
                        "api/case-files",
                        ("{\"notation\":\"CU-%d\",\"title\":\"Hồ sơ hội nghị năm 2015\","
                                + "\"retentionYears\":5,\"year\":2015,\"startDate\":\"2015-01-01\"}")
                            .formatted(serial))))
            .getJsonNumber("id")
            .longValue();
    expect(200, officer.post("api/case-files/" + old + "/documents", doc(issued)));
    expect(200, officer.post("api/case-files/" + old + "/closing", "{\"endDate\":\"2015-12-31\"}"));
    expect(200, officer.post("api/case-files/" + old + "/handover", ""));
    expect(200, archivist.post("api/case-files/" + old + "/acceptance", ""));
    List<Long> expired =
        JsonBodies.array(expect(200, archivist.get("api/archive/expired")))
            .getValuesAs(jakarta.json.JsonNumber.class)
            .stream()
            .map(jakarta.json.JsonNumber::longValue)
            .toList();
    assertThat(expired).contains(old).doesNotContain(file, second);
    ApiClient.Answer refused =
        archivist.post(
            "api/archive/destructions", "{\"fileIds\":[%d,%d,%d]}".formatted(old, second, file));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Permanent").contains("NotExpired");
    assertThat(
            officer.post("api/archive/destructions", "{\"fileIds\":[%d]}".formatted(old)).status())
        .isEqualTo(403);
    long destruction =
        JsonBodies.object(
                expect(
                    201,
                    archivist.post(
                        "api/archive/destructions", "{\"fileIds\":[%d]}".formatted(old))))
            .getJsonNumber("id")
            .longValue();
    ApiClient.Answer tooEarly =
        archivist.post("api/archive/destructions/" + destruction + "/carrying-out", "");
    assertThat(tooEarly.status()).isEqualTo(409);
    assertThat(tooEarly.body()).contains("NotApproved");
    assertThat(
            JsonBodies.object(expect(200, archivist.get("api/case-files/" + old)))
                .getString("state"))
        .isEqualTo("ACCEPTED");
    expect(
        200,
        chairman.post(
            "api/archive/destructions/" + destruction + "/approval",
            ("{\"decision\":\"45/QĐ-UBND\",\"decisionDate\":\"%s\","
                    + "\"council\":\"Trần Văn Đạo (Chủ tịch), Phạm Thu Lưu (lưu trữ)\"}")
                .formatted(TODAY)));
    JsonObject carried =
        JsonBodies.object(
            expect(
                200,
                archivist.post("api/archive/destructions/" + destruction + "/carrying-out", "")));
    assertThat(carried.getString("state")).isEqualTo("CARRIED_OUT");
    assertThat(carried.getString("record"))
        .contains("BIÊN BẢN")
        .contains("45/QĐ-UBND")
        .contains(COMMUNE + ".2015.CU-" + serial)
        .contains("Hồ sơ hội nghị năm 2015");
    JsonObject destroyed = JsonBodies.object(expect(200, archivist.get("api/case-files/" + old)));
    assertThat(destroyed.getString("state")).isEqualTo("DESTROYED");
    assertThat(destroyed.getJsonArray("documents")).isEmpty();
    assertThat(
            archivist
                .post("api/archive/destructions/" + destruction + "/carrying-out", "")
                .status())
        .isEqualTo(409);
    // The decision stays on record, and the document itself stays in its register and its other
    // files.
    assertThat(ids(archivist.get("api/archive/destructions"))).contains(destruction);
    expect(200, clerk.get("api/documents/" + issued));

    // Exported as XML with the fields of Phụ lục VI, and as one PDF: cover, list, documents.
    ApiClient.Answer xmlAnswer = archivist.get("api/case-files/" + file + "/export.xml");
    org.w3c.dom.Document xml =
        javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance()
            .newDocumentBuilder()
            .parse(
                new java.io.ByteArrayInputStream(
                    expect(200, xmlAnswer).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(text(xml, "OrganId")).isEqualTo(COMMUNE);
    assertThat(text(xml, "FileCatalog")).isEqualTo(String.valueOf(year));
    assertThat(text(xml, "FileNotation")).isEqualTo(notation);
    assertThat(text(xml, "Maintenance")).isEqualTo("10 năm");
    assertThat(text(xml, "Creator")).isEqualTo("Lê Minh Chuyên");
    assertThat(text(xml, "DocTotal")).isEqualTo("2");
    assertThat(xml.getElementsByTagName("Document").getLength()).isEqualTo(2);
    assertThat(xml.getElementsByTagName("Subject").item(0).getTextContent())
        .isEqualTo("Quyết định giao đất " + serial);
    assertThat(otherArchivist.get("api/case-files/" + file + "/export.xml").status())
        .isEqualTo(404);
    ApiClient.Download download = archivist.download("api/case-files/" + file + "/export.pdf");
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.header("Content-Type")).startsWith("application/pdf");
    assertThat(download.header("Content-Disposition")).contains(".pdf");
    byte[] pdf = download.body();
    java.nio.file.Path saved = java.nio.file.Files.createTempFile("ho-so", ".pdf");
    java.nio.file.Files.write(saved, pdf);
    // Poppler, an implementation e-Office does not share, reads it: cover, list and two one-page
    // documents.
    assertThat(poppler("pdfinfo", saved)).containsPattern("Pages:\\s+4");
    String pdfText = poppler("pdftotext", saved, "-");
    assertThat(pdfText)
        .contains("HỒ SƠ")
        .contains("MỤC LỤC VĂN BẢN")
        .contains(COMMUNE + "." + year + "." + notation)
        .contains("Quyết định giao đất " + serial)
        .contains("Tờ trình giao đất " + serial);
    java.nio.file.Files.delete(saved);
  }

  /** The ZIP with the last byte of its first document's file changed. */
  private static byte[] withAByteChanged(byte[] zip) throws Exception {
    java.io.ByteArrayOutputStream changed = new java.io.ByteArrayOutputStream();
    boolean done = false;
    try (java.util.zip.ZipInputStream in =
            new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
        java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(changed)) {
      for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (!done && entry.getName().contains("/data/") && content.length > 0) {
          content[content.length - 1] ^= 1;
          done = true;
        }
        out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
        out.write(content);
        out.closeEntry();
      }
    }
    assertThat(done).isTrue();
    return changed.toByteArray();
  }

  private static String text(org.w3c.dom.Document xml, String element) {
    return xml.getElementsByTagName(element).item(0).getTextContent();
  }

  /** What a Poppler tool prints for the file. */
  private static String poppler(String tool, java.nio.file.Path pdf, String... more)
      throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(tool, pdf.toString()));
    command.addAll(List.of(more));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out =
        new String(
            process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(tool + ": " + out).isZero();
    return out;
  }

  private static String until(LocalDate day) {
    return "{\"until\":\"" + day + "\"}";
  }

  private static List<Long> catalogueIds(JsonObject catalogue) {
    return catalogue.getJsonArray("files").getValuesAs(JsonObject.class).stream()
        .map(f -> f.getJsonNumber("id").longValue())
        .toList();
  }

  /**
   * Every archive endpoint asked by every role and by another agency's archivist and leader: only
   * those the rules allow get an answer, another agency's file or plan reads as if it did not
   * exist, writes by the wrong role or agency change nothing, and bad input is refused with 400
   * naming the field.
   */
  @Test
  void theArchiveEndpointsAnswerOnlyWhomTheRulesAllowAndRefuseBadInput() throws Exception {
    ApiClient archivist = signIn("luutru");
    ApiClient officer = signIn("chuyenvien");
    ApiClient chairman = signIn("lanhdao");
    ApiClient clerk = signIn("vanthu");
    long serial = SERIAL.incrementAndGet();
    int year = unplannedYear(archivist);
    expect(201, archivist.post("api/file-plans/" + year, ""));
    expect(
        200,
        archivist.post(
            "api/file-plans/" + year + "/files",
            "{\"notation\":\"MT-%d\",\"title\":\"Ma trận\",\"retentionYears\":5}"
                .formatted(serial)));
    long issued =
        Workflows.approvedDraft(
            officer, chairman, IncomingDocumentBuilder.DECISION, "Quyết định ma trận " + serial);
    expect(200, clerk.post("api/outgoing-documents/" + issued + "/issue", "{}"));
    long file =
        JsonBodies.object(
                expect(
                    201,
                    officer.post(
                        "api/case-files",
                        "{\"notation\":\"MT-%d\",\"title\":\"Hồ sơ ma trận\",\"retentionYears\":10}"
                            .formatted(serial))))
            .getJsonNumber("id")
            .longValue();
    expect(200, officer.post("api/case-files/" + file + "/documents", doc(issued)));
    expect(200, officer.post("api/case-files/" + file + "/closing", "{}"));
    expect(200, officer.post("api/case-files/" + file + "/handover", ""));
    expect(200, archivist.post("api/case-files/" + file + "/acceptance", ""));
    long loan =
        JsonBodies.object(
                expect(
                    201,
                    signIn("chuyenvien2")
                        .post("api/case-files/" + file + "/loans", "{\"purpose\":\"Tra cứu\"}")))
            .getJsonNumber("id")
            .longValue();

    java.util.Map<String, ApiClient> users = new java.util.LinkedHashMap<>();
    for (String user :
        List.of(
            "vanthu",
            "lanhdao",
            "chuyenvien",
            "chuyenvien2",
            "luutru",
            "quantri",
            "nentang",
            "luutru.snv",
            "lanhdao.snv")) {
      users.put(user, signIn(user));
    }
    java.util.Map<String, Integer> staff =
        java.util.Map.of(
            "vanthu",
            200,
            "lanhdao",
            200,
            "chuyenvien",
            200,
            "chuyenvien2",
            200,
            "luutru",
            200,
            "luutru.snv",
            200,
            "lanhdao.snv",
            200);
    java.util.Map<String, Integer> theFile =
        java.util.Map.of(
            "vanthu",
            404,
            "lanhdao",
            200,
            "chuyenvien",
            200,
            "chuyenvien2",
            404,
            "luutru",
            200,
            "luutru.snv",
            404,
            "lanhdao.snv",
            404);
    java.util.Map<String, Integer> archive =
        java.util.Map.of("lanhdao", 200, "luutru", 200, "luutru.snv", 200, "lanhdao.snv", 200);
    record Read(String path, java.util.Map<String, Integer> answers) {}
    List<Read> reads =
        List.of(
            new Read("api/file-plans", staff),
            new Read(
                "api/file-plans/" + year,
                java.util.Map.of(
                    "vanthu",
                    200,
                    "lanhdao",
                    200,
                    "chuyenvien",
                    200,
                    "chuyenvien2",
                    200,
                    "luutru",
                    200,
                    "luutru.snv",
                    404,
                    "lanhdao.snv",
                    404)),
            new Read("api/case-files", staff),
            new Read("api/case-files/due", staff),
            new Read("api/case-files/" + file, theFile),
            new Read("api/case-files/" + file + "/export.xml", theFile),
            new Read("api/case-files/" + file + "/export.pdf", theFile),
            new Read(
                "api/case-files/" + file + "/transfer-package",
                java.util.Map.of("luutru", 200, "luutru.snv", 404)),
            new Read(
                "api/case-files/handed-over", java.util.Map.of("luutru", 200, "luutru.snv", 200)),
            new Read("api/archive/catalogue?q=ma%20tran", staff),
            new Read("api/archive/loans", staff),
            new Read(
                "api/archive/loans/waiting", java.util.Map.of("lanhdao", 200, "lanhdao.snv", 200)),
            new Read("api/archive/expired", archive),
            new Read("api/archive/destructions", archive));
    for (Read read : reads) {
      for (var user : users.entrySet()) {
        assertThat(user.getValue().get(read.path()).status())
            .as("%s asks %s", user.getKey(), read.path())
            .isEqualTo(read.answers().getOrDefault(user.getKey(), 403));
      }
    }

    // Writes by the wrong role or agency change nothing.
    ApiClient otherArchivist = users.get("luutru.snv");
    ApiClient otherLeader = users.get("lanhdao.snv");
    assertThat(officer.post("api/file-plans/" + year + "/approval", "").status()).isEqualTo(403);
    assertThat(otherLeader.post("api/file-plans/" + year + "/approval", "").status())
        .isEqualTo(404);
    assertThat(
            users
                .get("quantri")
                .post(
                    "api/file-plans/" + year + "/files",
                    "{\"notation\":\"Q\",\"title\":\"Q\",\"permanent\":true}")
                .status())
        .isEqualTo(403);
    assertThat(
            JsonBodies.object(expect(200, archivist.get("api/file-plans/" + year)))
                .getString("state"))
        .isEqualTo("DRAFT");
    assertThat(otherArchivist.post("api/case-files/" + file + "/documents", doc(issued)).status())
        .isEqualTo(404);
    assertThat(
            otherArchivist
                .post("api/case-files/" + file + "/return", "{\"reason\":\"x\"}")
                .status())
        .isEqualTo(404);
    assertThat(
            otherArchivist
                .post("api/archive/destructions", "{\"fileIds\":[%d]}".formatted(file))
                .status())
        .isEqualTo(404);
    assertThat(officer.post("api/archive/loans/" + loan + "/approval", until(TODAY)).status())
        .isEqualTo(403);
    assertThat(otherLeader.post("api/archive/loans/" + loan + "/approval", until(TODAY)).status())
        .isEqualTo(404);
    assertThat(ids(chairman.get("api/archive/loans/waiting"))).contains(loan);
    assertThat(
            JsonBodies.object(expect(200, archivist.get("api/case-files/" + file)))
                .getString("state"))
        .isEqualTo("ACCEPTED");

    // Bad input: 400 naming what was wrong.
    java.util.Map<String, ApiClient.Answer> bad = new java.util.LinkedHashMap<>();
    bad.put("body", archivist.post("api/file-plans/" + year + "/files", "không phải JSON"));
    bad.put(
        "notation",
        officer.post(
            "api/case-files",
            "{\"notation\":\"%s\",\"title\":\"x\",\"permanent\":true}".formatted("X".repeat(21))));
    bad.put("purpose", officer.post("api/case-files/" + file + "/loans", "{}"));
    bad.put("until", chairman.post("api/archive/loans/" + loan + "/approval", "{}"));
    bad.put("fileIds", archivist.post("api/archive/destructions", "{\"fileIds\":[]}"));
    bad.put("decision", chairman.post("api/archive/destructions/1/approval", "{}"));
    bad.put("year", archivist.get("api/archive/catalogue?year=hai-nghin"));
    bad.put("unitId", archivist.get("api/archive/catalogue?unitId=x"));
    bad.put("reason", archivist.post("api/case-files/" + file + "/return", "{}"));
    bad.put(
        "retentionYears",
        officer.post(
            "api/case-files",
            "{\"notation\":\"Y-%d\",\"title\":\"x\",\"retentionYears\":500}".formatted(serial)));
    bad.forEach(
        (field, answer) -> {
          assertThat(answer.status()).as(field).isEqualTo(400);
          if (!field.equals("body")) {
            assertThat(answer.body()).as(field).contains("\"field\":\"" + field + "\"");
          }
        });
    // Nothing was opened by the refused requests.
    assertThat(
            JsonBodies.array(expect(200, officer.get("api/case-files")))
                .getValuesAs(JsonObject.class)
                .stream()
                .map(f -> f.getString("notation")))
        .doesNotContain("Y-" + serial, "X".repeat(21));
  }

  /**
   * A year without a plan in the demo commune, counting down from this one (the documents filed are
   * dated today, which a file of a later year could not hold).
   */
  private static int unplannedYear(ApiClient archivist) throws Exception {
    JsonArray plans = JsonBodies.array(expect(200, archivist.get("api/file-plans")));
    List<Integer> taken =
        plans.getValuesAs(JsonObject.class).stream().map(p -> p.getInt("year")).toList();
    int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    while (taken.contains(year)) {
      year--;
    }
    return year;
  }

  private static long planned(ApiClient client, int year, String notation) throws Exception {
    return JsonBodies.object(expect(200, client.get("api/file-plans/" + year)))
        .getJsonArray("files")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(f -> f.getString("notation").equals(notation))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static String doc(long id) {
    return "{\"documentId\":" + id + "}";
  }

  private static List<Long> documentIds(JsonObject file) {
    return file.getJsonArray("documents").getValuesAs(JsonObject.class).stream()
        .map(d -> d.getJsonNumber("documentId").longValue())
        .toList();
  }

  private static List<Integer> ordinals(JsonObject file) {
    return file.getJsonArray("documents").getValuesAs(JsonObject.class).stream()
        .map(d -> d.getInt("ordinal"))
        .toList();
  }

  private static List<Long> ids(ApiClient.Answer answer) {
    return JsonBodies.array(expect(200, answer)).getValuesAs(JsonObject.class).stream()
        .map(f -> f.getJsonNumber("id").longValue())
        .toList();
  }

  private ApiClient signIn(String username) throws Exception {
    return ApiClient.signedIn(base.toURI(), username, ApiClient.DEMO_PASSWORD);
  }
}
