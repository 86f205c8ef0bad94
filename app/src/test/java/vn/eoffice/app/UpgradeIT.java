package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.IncomingDocumentBuilder.anIncomingDocument;
import static vn.eoffice.app.Workflows.expect;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An installation of one agency, as every one was before the province platform, upgrades in place.
 * The application writes its documents, files, numbers and audit entries; the database is then
 * taken back to the migrations before agencies (V12: the agency columns dropped, the audit chain
 * hashed as V12 hashed it, the seal image named as it was), and the application started again on it
 * migrates it (V13). Every document, file, number and audit entry is still there and readable by
 * the same people, the chain verifies, and the register goes on from the next number.
 */
class UpgradeIT {

  private static final String NAME = "upgrade-it-data";
  private static final String PASSWORD = "mat-khau-nang-cap-1";
  private static final Map<String, String> ENVIRONMENT =
      Map.of(
          "EOFFICE_DEMO", "false",
          "EOFFICE_AGENCY_NAME", "UBND xã Trước Nâng Cấp",
          "EOFFICE_AGENCY_ABBREVIATION", "UBND",
          "EOFFICE_DEMO_PASSWORD", PASSWORD);

  /** What the clerk registered before the upgrade, as the API showed it. */
  private record Registered(long id, int number, String subject, long file, byte[] content) {}

  /** The tables V13 gave an agency column, with the names of what it added to them. */
  private static final List<String> AGENCY_TABLES =
      List.of(
          "upload",
          "document_file",
          "file_version",
          "assignment",
          "progress_report",
          "deadline_extension",
          "workflow_event",
          "signature_request",
          "signature_image",
          "saved_search",
          "search_journal");

  @Test
  void aDatabaseOfOneAgencyUpgradesWithEveryRecordStillThereAndReadableByTheSamePeople()
      throws Exception {
    List<Registered> registered = new ArrayList<>();
    long entries;
    try (LaunchedApplication application = LaunchedApplication.start(NAME, ENVIRONMENT)) {
      ApiClient administrator = ApiClient.signedIn(application.base, "quantri", PASSWORD);
      long office = Workflows.unit(administrator, "VP");
      long leadership = Workflows.unit(administrator, "LĐ");
      for (String[] person :
          List.of(
              new String[] {"vanthu.cu", "CLERK", String.valueOf(office)},
              new String[] {"lanhdao.cu", "LEADER", String.valueOf(leadership)})) {
        expect(
            201,
            administrator.post(
                "api/users",
                ("{\"username\":\"%s\",\"fullName\":\"Người %s\",\"password\":\"%s\","
                        + "\"roles\":[\"%s\"],\"unitIds\":[%s]}")
                    .formatted(person[0], person[0], PASSWORD, person[1], person[2])));
      }
      ApiClient clerk = ApiClient.signedIn(application.base, "vanthu.cu", PASSWORD);
      for (int i = 1; i <= 3; i++) {
        String subject = "Công văn trước nâng cấp số " + i;
        JsonObject document =
            JsonBodies.object(
                expect(
                    201,
                    clerk.post(
                        "api/incoming-documents",
                        anIncomingDocument()
                            .about(subject)
                            .withUpload(Workflows.upload(clerk, "Truoc nang cap " + i))
                            .json())));
        long documentId = document.getJsonNumber("id").longValue();
        long file = document.getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();
        byte[] content =
            clerk.download("api/documents/%d/files/%d".formatted(documentId, file)).body();
        registered.add(
            new Registered(documentId, document.getInt("number"), subject, file, content));
      }
      expect(
          200,
          clerk.post(
              "api/incoming-documents/" + registered.get(0).id() + "/presentation",
              "{\"leader\":\"lanhdao.cu\"}"));
      JsonObject verification =
          JsonBodies.object(expect(200, administrator.post("api/audit/verification", "")));
      assertThat(verification.getBoolean("intact")).as(verification.toString()).isTrue();
      entries = verification.getJsonNumber("entriesChecked").longValue();
    }
    assertThat(registered).extracting(Registered::number).containsExactly(1, 2, 3);

    try (Connection db = database();
        Statement sql = db.createStatement()) {
      backToTheMigrationsBeforeAgencies(db, sql);
    }

    try (LaunchedApplication application = LaunchedApplication.restart(NAME, ENVIRONMENT)) {
      ApiClient clerk = ApiClient.signedIn(application.base, "vanthu.cu", PASSWORD);
      for (Registered before : registered) {
        JsonObject document =
            JsonBodies.object(expect(200, clerk.get("api/documents/" + before.id())));
        assertThat(document.getInt("number")).isEqualTo(before.number());
        assertThat(document.getString("subject")).isEqualTo(before.subject());
        assertThat(
                clerk
                    .download("api/documents/%d/files/%d".formatted(before.id(), before.file()))
                    .body())
            .isEqualTo(before.content());
      }
      ApiClient leader = ApiClient.signedIn(application.base, "lanhdao.cu", PASSWORD);
      expect(200, leader.get("api/documents/" + registered.get(0).id()));
      ApiClient administrator = ApiClient.signedIn(application.base, "quantri", PASSWORD);
      JsonObject verification =
          JsonBodies.object(expect(200, administrator.post("api/audit/verification", "")));
      assertThat(verification.getBoolean("intact")).as(verification.toString()).isTrue();
      // Every entry of before is the agency's now, and the agency's administrator verifies it.
      assertThat(verification.getJsonNumber("entriesChecked").longValue())
          .isGreaterThanOrEqualTo(entries);
      JsonObject next =
          JsonBodies.object(
              expect(
                  201,
                  clerk.post(
                      "api/incoming-documents",
                      anIncomingDocument()
                          .about("Công văn sau nâng cấp")
                          .withUpload(Workflows.upload(clerk, "Sau nang cap"))
                          .json())));
      assertThat(next.getInt("number")).isEqualTo(4);
      awaitFound(clerk, "nâng cấp", 4);
    }

    try (Connection db = database();
        Statement sql = db.createStatement()) {
      for (String table : AGENCY_TABLES) {
        assertThat(
                TestDatabase.single(
                    sql, "SELECT count(*) FROM " + table + " WHERE agency_id IS NULL"))
            .as(table)
            .isZero();
      }
      assertThat(
              TestDatabase.single(sql, "SELECT count(*) FROM audit_entry WHERE agency_id IS NULL"))
          .isZero();
      assertThat(TestDatabase.single(sql, "SELECT count(*) FROM audit_entry WHERE hash_form = 1"))
          .isGreaterThanOrEqualTo(entries);
    }
  }

  /**
   * The database as the migrations before agencies left it: what V13 added is dropped, the seal
   * image has its old name, the audit chain is hashed as V12 hashed it, and V13 is not recorded.
   */
  private static void backToTheMigrationsBeforeAgencies(Connection db, Statement sql)
      throws Exception {
    // V18: PDF/A renditions.
    sql.execute("DROP TABLE pdfa_rendition");
    // V17: text recognition.
    sql.execute("DROP TABLE text_recognition");
    // V16: case files.
    for (String table :
        List.of(
            "destruction_file",
            "destruction",
            "case_file_loan",
            "case_file_handover",
            "case_file_document",
            "case_file",
            "planned_file",
            "file_plan")) {
      sql.execute("DROP TABLE " + table);
    }
    // V15: the exchange between agencies.
    for (String table :
        List.of(
            "exchange_outbox",
            "exchange_status",
            "exchange_package_file",
            "exchange_package",
            "exchange_recipient",
            "exchange_partner",
            "exchange_refusal")) {
      sql.execute("DROP TABLE " + table);
    }
    sql.execute("DROP INDEX uq_document_verification");
    sql.execute("ALTER TABLE document DROP COLUMN verification_code");
    for (String index :
        List.of(
            "ix_document_type_agency",
            "ix_audit_entry_agency",
            "ix_document_agency",
            "ix_user_account_agency",
            "ix_document_register_agency",
            "ix_upload_agency",
            "ix_saved_search_agency")) {
      sql.execute("DROP INDEX " + index);
    }
    for (String table : AGENCY_TABLES) {
      sql.execute("ALTER TABLE " + table + " DROP CONSTRAINT fk_" + table + "_agency");
      sql.execute("ALTER TABLE " + table + " DROP COLUMN agency_id");
    }
    sql.execute("ALTER TABLE document_type DROP COLUMN agency_id");
    sql.execute("ALTER TABLE audit_entry DROP COLUMN agency_id");
    sql.execute("ALTER TABLE audit_entry DROP COLUMN hash_form");
    sql.execute("UPDATE signature_image SET owner = '@seal' WHERE owner LIKE '@seal:%'");
    // V14: each agency's seal key.
    sql.execute("ALTER TABLE agency DROP COLUMN seal_token_label");
    sql.execute("ALTER TABLE agency DROP COLUMN seal_key_alias");
    // Flyway's own table, named in lower case in quotes: every migration after V12 undone above
    // (a migration added later adds its undoing here).
    sql.execute(
        "DELETE FROM \"flyway_schema_history\" WHERE \"installed_rank\" > (SELECT"
            + " \"installed_rank\" FROM \"flyway_schema_history\" WHERE \"version\" = '12')");
    hashedAsBefore(db, sql);
    try (ResultSet newest =
        sql.executeQuery(
            "SELECT \"version\" FROM \"flyway_schema_history\""
                + " ORDER BY \"installed_rank\" DESC LIMIT 1")) {
      newest.next();
      assertThat(newest.getString(1)).isEqualTo("12");
    }
  }

  /**
   * The chain as V12 sealed it: each entry's hash over the hash before it, its place and its
   * fields, each field written with its length ({@code -1:} for none) and a bar after it.
   */
  private static void hashedAsBefore(Connection db, Statement sql) throws Exception {
    String previous = "0".repeat(64);
    long last = 0;
    try (ResultSet row =
            sql.executeQuery(
                "SELECT s.chain_index, e.id, e.occurred_at, e.actor, e.origin, e.action,"
                    + " e.object_type, e.object_id, e.detail FROM audit_seal s"
                    + " JOIN audit_entry e ON e.id = s.entry_id ORDER BY s.chain_index");
        PreparedStatement seal =
            db.prepareStatement("UPDATE audit_seal SET entry_hash = ? WHERE chain_index = ?")) {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      while (row.next()) {
        long index = row.getLong(1);
        StringBuilder canonical = new StringBuilder();
        for (String field :
            new String[] {
              previous,
              Long.toString(index),
              Long.toString(row.getLong(2)),
              row.getTimestamp(3).toInstant().toString(),
              row.getString(4),
              row.getString(5),
              row.getString(6),
              row.getString(7),
              row.getString(8),
              row.getString(9)
            }) {
          canonical.append(field == null ? "-1:" : field.length() + ":" + field).append('|');
        }
        previous =
            HexFormat.of()
                .formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        seal.setString(1, previous);
        seal.setLong(2, index);
        seal.executeUpdate();
        last = index;
      }
    }
    try (PreparedStatement head =
        db.prepareStatement("UPDATE audit_chain_head SET entry_hash = ?, chain_index = ?")) {
      head.setString(1, previous);
      head.setLong(2, last);
      head.executeUpdate();
    }
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:h2:file:"
            + LaunchedApplication.data(NAME).resolve("db").resolve("eoffice")
            + ";MODE=PostgreSQL",
        "sa",
        "");
  }

  private static void awaitFound(ApiClient client, String words, long total) throws Exception {
    for (int i = 0; i < 100; i++) {
      ApiClient.Answer answer =
          client.get(
              "api/search?q="
                  + java.net.URLEncoder.encode(words, StandardCharsets.UTF_8)
                  + "&exact=true");
      if (answer.status() == 200
          && JsonBodies.object(answer.body()).getJsonNumber("total").longValue() == total) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the search does not find the " + total + " documents");
  }
}
