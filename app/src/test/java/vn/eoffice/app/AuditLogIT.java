package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.IncomingDocumentBuilder.anIncomingDocument;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditLogIT {

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void anEntryChangedInTheDatabaseIsReportedByVerification() throws Exception {
    ApiClient clerk = ApiClient.signedIn(base.toURI(), "vanthu", ApiClient.DEMO_PASSWORD);
    long documentId =
        JsonBodies.object(clerk.post("api/incoming-documents", anIncomingDocument().json()).body())
            .getJsonNumber("id")
            .longValue();
    ApiClient admin = ApiClient.signedIn(base.toURI(), "quantri", ApiClient.DEMO_PASSWORD);
    JsonObject before = JsonBodies.object(admin.post("api/audit/verification", "").body());
    assertThat(before.getBoolean("intact")).as(before.toString()).isTrue();
    long entryId = registrationEntry(documentId);

    String original = changeDetail(entryId, "registered nothing");
    try {
      JsonObject after = JsonBodies.object(admin.post("api/audit/verification", "").body());

      assertThat(after.getBoolean("intact")).isFalse();
      assertThat(after.getJsonArray("findings").getValuesAs(JsonObject.class))
          .singleElement()
          .satisfies(
              finding -> {
                assertThat(finding.getJsonNumber("entryId").longValue()).isEqualTo(entryId);
                assertThat(finding.getString("problem")).isEqualTo("CHANGED");
              });
    } finally {
      changeDetail(entryId, original);
    }
    assertThat(
            JsonBodies.object(admin.post("api/audit/verification", "").body()).getBoolean("intact"))
        .isTrue();
  }

  @Test
  void anEntryDeletedWithItsSealIsReportedAsMissing() throws Exception {
    ApiClient clerk = ApiClient.signedIn(base.toURI(), "vanthu", ApiClient.DEMO_PASSWORD);
    long documentId =
        JsonBodies.object(clerk.post("api/incoming-documents", anIncomingDocument().json()).body())
            .getJsonNumber("id")
            .longValue();
    clerk.post("api/incoming-documents", anIncomingDocument().json());
    ApiClient admin = ApiClient.signedIn(base.toURI(), "quantri", ApiClient.DEMO_PASSWORD);
    assertThat(
            JsonBodies.object(admin.post("api/audit/verification", "").body()).getBoolean("intact"))
        .isTrue();
    long entryId = registrationEntry(documentId);

    try (Connection db = TestDatabase.connect()) {
      execute(
          db, "CREATE TABLE audit_entry_kept AS SELECT * FROM audit_entry WHERE id = ?", entryId);
      execute(
          db,
          "CREATE TABLE audit_seal_kept AS SELECT * FROM audit_seal WHERE entry_id = ?",
          entryId);
      execute(db, "DELETE FROM audit_seal WHERE entry_id = ?", entryId);
      execute(db, "DELETE FROM audit_entry WHERE id = ?", entryId);
      try {
        JsonObject after = JsonBodies.object(admin.post("api/audit/verification", "").body());

        assertThat(after.getBoolean("intact")).isFalse();
        assertThat(after.getJsonArray("findings").getValuesAs(JsonObject.class))
            .anySatisfy(finding -> assertThat(finding.getString("problem")).isEqualTo("MISSING"));
      } finally {
        execute(db, "INSERT INTO audit_entry SELECT * FROM audit_entry_kept");
        execute(db, "INSERT INTO audit_seal SELECT * FROM audit_seal_kept");
        execute(db, "DROP TABLE audit_entry_kept");
        execute(db, "DROP TABLE audit_seal_kept");
      }
    }
    assertThat(
            JsonBodies.object(admin.post("api/audit/verification", "").body()).getBoolean("intact"))
        .isTrue();
  }

  private static void execute(Connection db, String sql, Object... parameters) throws Exception {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.execute();
    }
  }

  @Test
  void onlyAdministratorsReadTheLog() throws Exception {
    ApiClient clerk = ApiClient.signedIn(base.toURI(), "vanthu", ApiClient.DEMO_PASSWORD);
    ApiClient admin = ApiClient.signedIn(base.toURI(), "quantri", ApiClient.DEMO_PASSWORD);
    clerk.post("api/incoming-documents", anIncomingDocument().json());

    assertThat(clerk.get("api/audit").status()).isEqualTo(403);
    assertThat(clerk.post("api/audit/verification", "").status()).isEqualTo(403);
    JsonObject newest = JsonBodies.array(admin.get("api/audit?limit=5").body()).getJsonObject(0);
    assertThat(newest.getString("actor")).isIn("vanthu", "quantri");
    assertThat(newest.containsKey("origin")).isTrue();
  }

  private static long registrationEntry(long documentId) throws Exception {
    try (Connection db = TestDatabase.connect();
        PreparedStatement find =
            db.prepareStatement(
                "SELECT id FROM audit_entry WHERE object_type = 'Document' AND object_id = ?"
                    + " AND action = 'DOCUMENT_REGISTERED'")) {
      find.setString(1, Long.toString(documentId));
      try (ResultSet row = find.executeQuery()) {
        assertThat(row.next()).isTrue();
        return row.getLong(1);
      }
    }
  }

  /** What someone with database access might do; returns the detail it replaced. */
  private static String changeDetail(long entryId, String detail) throws Exception {
    try (Connection db = TestDatabase.connect()) {
      String old;
      try (PreparedStatement read =
          db.prepareStatement("SELECT detail FROM audit_entry WHERE id = ?")) {
        read.setLong(1, entryId);
        try (ResultSet row = read.executeQuery()) {
          row.next();
          old = row.getString(1);
        }
      }
      try (PreparedStatement change =
          db.prepareStatement("UPDATE audit_entry SET detail = ? WHERE id = ?")) {
        change.setString(1, detail);
        change.setLong(2, entryId);
        assertThat(change.executeUpdate()).isEqualTo(1);
      }
      return old;
    }
  }
}
