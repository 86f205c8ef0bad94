package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.TestDatabase.single;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit chain when several sealers work at once, as on several application nodes sharing one
 * database: every entry chained once, none skipped, one unbroken chain; and the lease that lets one
 * node at a time do the work.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditSealingIT {

  private static final int ENTRIES = 6000;
  private static final int SEALERS = 4;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.applicationWithProbes();
  }

  @ArquillianResource URL base;

  @Test
  void sealersRacingOnOneDatabaseChainEveryEntryOnceInOneChain() throws Exception {
    // Entries are written while four sealers (and the application's own) chain them, each batch
    // in its own transaction, so commits and seals interleave in every order.
    String[] answer = probe("audit-race?entries=%d&sealers=%d".formatted(ENTRIES, SEALERS));

    assertThat(answer[2]).as("sealer failures, the first: " + answer[3]).isEqualTo("0");
    assertThat(Long.parseLong(answer[0])).isEqualTo(ENTRIES);
    try (Connection db = TestDatabase.connect();
        Statement sql = db.createStatement()) {
      assertThat(single(sql, "SELECT count(*) FROM audit_pending")).isZero();
      long entries = single(sql, "SELECT count(*) FROM audit_entry");
      assertThat(single(sql, "SELECT count(*) FROM audit_seal")).isEqualTo(entries);
      assertThat(single(sql, "SELECT count(DISTINCT entry_id) FROM audit_seal")).isEqualTo(entries);
      assertThat(single(sql, "SELECT max(chain_index) FROM audit_seal")).isEqualTo(entries);
      assertThat(single(sql, "SELECT chain_index FROM audit_chain_head")).isEqualTo(entries);
      assertThat(
              single(
                  sql,
                  "SELECT count(*) FROM audit_seal s JOIN audit_entry e ON e.id = s.entry_id"
                      + " WHERE e.actor = 'race-probe'"))
          .isGreaterThanOrEqualTo(ENTRIES);

      ApiClient admin = ApiClient.signedIn(base.toURI(), "quantri", ApiClient.DEMO_PASSWORD);
      JsonObject verification = JsonBodies.object(admin.post("api/audit/verification", "").body());
      assertThat(verification.getBoolean("intact")).as(verification.toString()).isTrue();
      // The whole chain is verified; the agency's administrator is told of their own entries.
      assertThat(verification.getJsonNumber("entriesChecked").longValue())
          .isEqualTo(
              single(
                  sql,
                  "SELECT count(*) FROM audit_entry e JOIN user_account u"
                      + " ON u.agency_id = e.agency_id WHERE u.username = 'quantri'"))
          .isLessThan(entries);
    }
  }

  @Test
  void aLeaseIsHeldByOneNodeUntilItIsGivenBackOrRunsOut() throws Exception {
    String lease = "probe-" + System.nanoTime();

    assertThat(probe("lease?name=%s&holder=node-a&seconds=30".formatted(lease))[0])
        .isEqualTo("true");
    assertThat(probe("lease?name=%s&holder=node-b&seconds=30".formatted(lease))[0])
        .as("taken by another node meanwhile")
        .isEqualTo("false");
    assertThat(probe("lease?name=%s&holder=node-a&seconds=1".formatted(lease))[0])
        .as("renewed by its holder")
        .isEqualTo("true");
    Thread.sleep(1500);
    assertThat(probe("lease?name=%s&holder=node-b&seconds=30".formatted(lease))[0])
        .as("taken once it ran out")
        .isEqualTo("true");
    assertThat(probe("lease?name=%s&holder=node-a&seconds=30".formatted(lease))[0])
        .isEqualTo("false");
    probe("lease?name=%s&holder=node-b&seconds=0&release=true".formatted(lease));
    assertThat(probe("lease?name=%s&holder=node-a&seconds=30".formatted(lease))[0])
        .as("taken at once after its holder gave it back")
        .isEqualTo("true");
  }

  private String[] probe(String pathAndQuery) throws Exception {
    URI probe = base.toURI().resolve("/" + Deployments.PROBE_CONTEXT + "/" + pathAndQuery);
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(probe)
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofMinutes(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return answer.body().strip().split(" ", 4);
  }
}
