package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.IncomingDocumentBuilder.anIncomingDocument;
import static vn.eoffice.app.TestDatabase.single;
import static vn.eoffice.app.Workflows.expect;
import static vn.eoffice.app.Workflows.id;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The background work when its timers stop, as a timer thread lost to an exhausted heap left them:
 * the health endpoint turns red and names the work, the work is restarted by itself, health turns
 * green again, and what waited meanwhile is done (the document registered in between is found, its
 * audit entries chained).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackgroundWorkIT {

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.applicationWithProbes();
  }

  @ArquillianResource URL base;

  @Test
  void stoppedWorkTurnsHealthRedAndIsRestarted() throws Exception {
    ApiClient anonymous = new ApiClient(base.toURI());
    JsonObject healthy = health(anonymous, 200);
    for (String work : new String[] {"audit-sealer", "search-index", "signature-screening"}) {
      assertThat(healthy.getJsonObject("work").getJsonObject(work).getString("status"))
          .as(work)
          .isEqualTo("UP");
    }
    long pendingWhenHalted;
    long restartsBefore =
        healthy
            .getJsonObject("work")
            .getJsonObject("search-index")
            .getJsonNumber("restarts")
            .longValue();

    halt("search-index");
    halt("audit-sealer");
    try (Connection db = TestDatabase.connect();
        Statement sql = db.createStatement()) {
      Thread.sleep(1500); // the ticks under way when the timers stopped have ended
      pendingWhenHalted = single(sql, "SELECT count(*) FROM audit_pending");
    }
    ApiClient clerk = ApiClient.signedIn(base.toURI(), "vanthu", ApiClient.DEMO_PASSWORD);
    long serial = System.nanoTime() % 1_000_000;
    long upload =
        id(
            expect(
                201,
                clerk.upload(
                    "van-ban.pdf",
                    "application/pdf",
                    SigningFixture.decision("Kế hoạch phòng chống bão lũ số " + serial))));
    long document =
        id(
            expect(
                201,
                clerk.post(
                    "api/incoming-documents",
                    anIncomingDocument()
                        .about("Kế hoạch phòng chống bão lũ " + serial)
                        .withUpload(upload)
                        .json())));

    JsonObject red =
        awaitHealth(
            anonymous,
            h ->
                h.getJsonObject("work")
                        .getJsonObject("search-index")
                        .getString("status")
                        .equals("DOWN")
                    && h.getJsonObject("work")
                        .getJsonObject("audit-sealer")
                        .getString("status")
                        .equals("DOWN"));
    assertThat(red.getString("status")).isEqualTo("DOWN");
    assertThat(red.getJsonObject("work").getJsonObject("audit-sealer").getString("status"))
        .isEqualTo("DOWN");
    assertThat(red.getJsonObject("work").getJsonObject("signature-screening").getString("status"))
        .as("only the stopped work is down")
        .isEqualTo("UP");
    assertThat(hits(clerk, "bão lũ " + serial)).as("not indexed while stopped").isZero();
    try (Connection db = TestDatabase.connect();
        Statement sql = db.createStatement()) {
      assertThat(single(sql, "SELECT count(*) FROM audit_pending"))
          .as("the registration's audit entries wait while the sealer is stopped")
          .isGreaterThan(pendingWhenHalted);
    }

    JsonObject green = awaitHealth(anonymous, h -> h.getString("status").equals("UP"));
    assertThat(
            green
                .getJsonObject("work")
                .getJsonObject("search-index")
                .getJsonNumber("restarts")
                .longValue())
        .isGreaterThan(restartsBefore);
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (hits(clerk, "bão lũ " + serial) == 0 && System.nanoTime() < until) {
      Thread.sleep(200);
    }
    assertThat(hits(clerk, "bão lũ " + serial))
        .as("document %d found after the restart", document)
        .isEqualTo(1);
    try (Connection db = TestDatabase.connect();
        Statement sql = db.createStatement()) {
      while (single(sql, "SELECT count(*) FROM audit_pending") > 0 && System.nanoTime() < until) {
        Thread.sleep(200);
      }
      assertThat(single(sql, "SELECT count(*) FROM audit_pending"))
          .as("audit entries written while the sealer was stopped, chained after its restart")
          .isZero();
    }
  }

  private static long hits(ApiClient user, String query) {
    return JsonBodies.object(
            expect(
                200, user.get("api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))))
        .getJsonNumber("total")
        .longValue();
  }

  private static JsonObject health(ApiClient anonymous, int status) {
    ApiClient.Answer answer = anonymous.get("health");
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    return JsonBodies.object(answer.body());
  }

  /** Reads the health endpoint until it says what is awaited, for at most a minute. */
  private static JsonObject awaitHealth(ApiClient anonymous, Predicate<JsonObject> awaited)
      throws InterruptedException {
    long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    JsonObject health;
    do {
      health = JsonBodies.object(anonymous.get("health").body());
      if (awaited.test(health)) {
        return health;
      }
      Thread.sleep(200);
    } while (System.nanoTime() < until);
    throw new AssertionError("health never became as awaited: " + health);
  }

  private void halt(String work) throws Exception {
    URI probe =
        base.toURI().resolve("/" + Deployments.PROBE_CONTEXT + "/background-work?halt=" + work);
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(probe).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }
}
