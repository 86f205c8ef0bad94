package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.IncomingDocumentBuilder.anIncomingDocument;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Số đến and số đi under load: many clerks at once, with transactions that take a number and then
 * roll back in between, must leave every series without a gap or a repeat.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NumberingConcurrencyIT {

  private static final int CLERKS = 20;
  private static final int DOCUMENTS = 200;
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.applicationWithProbes();
  }

  @ArquillianResource URL base;

  @Test
  void twoHundredConcurrentRegistrationsTakeEachNumberOnceWithoutGap() throws Exception {
    ApiClient watcher = clerk();
    int before = Registers.lastIncomingNumber(watcher);

    List<Integer> numbers =
        inParallel(
            clerk -> {
              JsonObject created =
                  JsonBodies.object(
                      expect(
                          201, clerk.post("api/incoming-documents", anIncomingDocument().json())));
              assertThat(created.getInt("year")).isEqualTo(LocalDate.now(VIETNAM).getYear());
              return created.getInt("number");
            });

    assertThat(numbers).containsExactlyInAnyOrderElementsOf(range(before + 1, DOCUMENTS));
    assertThat(Registers.lastIncomingNumber(watcher)).isEqualTo(before + DOCUMENTS);
  }

  @Test
  void registrationsThatFailTogetherWithOthersFailAloneAndTakeNoNumber() throws Exception {
    ApiClient clerk = clerk();
    int before = Registers.lastIncomingNumber(clerk);
    List<Long> uploads = new ArrayList<>();
    for (int i = 0; i < CLERKS / 2; i++) {
      ApiClient.Answer upload =
          clerk.upload("cong-van-" + i + ".pdf", "application/pdf", TestFiles.pdf("Cong van " + i));
      uploads.add(JsonBodies.object(upload.body()).getJsonNumber("id").longValue());
    }
    ExecutorService pool = Executors.newFixedThreadPool(CLERKS);
    List<Future<ApiClient.Answer>> answers = new ArrayList<>();
    try {
      for (int c = 0; c < CLERKS; c++) {
        // Two registrations claim each file: one of each pair must be refused.
        long uploadId = uploads.get(c / 2);
        answers.add(
            pool.submit(
                () ->
                    clerk.post(
                        "api/incoming-documents",
                        anIncomingDocument().withUpload(uploadId).json())));
      }
      List<Integer> numbers = new ArrayList<>();
      int refused = 0;
      for (Future<ApiClient.Answer> answer : answers) {
        ApiClient.Answer done = answer.get();
        if (done.status() == 201) {
          numbers.add(JsonBodies.object(done.body()).getInt("number"));
        } else {
          assertThat(done.status()).as(done.body()).isEqualTo(400);
          assertThat(done.body()).contains("UploadUnavailable");
          refused++;
        }
      }
      assertThat(refused).isEqualTo(CLERKS / 2);
      assertThat(numbers).containsExactlyInAnyOrderElementsOf(range(before + 1, CLERKS / 2));
      assertThat(Registers.lastIncomingNumber(clerk)).isEqualTo(before + CLERKS / 2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theSameDocumentRegisteredByManyClerksAtOnceIsRegisteredOnceAndTheOthersWarned()
      throws Exception {
    ApiClient clerk = clerk();
    int before = Registers.lastIncomingNumber(clerk);
    // The same letter reaching the office twice (on paper and through the network), typed in by
    // several clerks at the same moment.
    String letter = anIncomingDocument().from("Sở Nội vụ tỉnh Mẫu").json();
    ExecutorService pool = Executors.newFixedThreadPool(CLERKS);
    List<Future<ApiClient.Answer>> answers = new ArrayList<>();
    try {
      for (int c = 0; c < CLERKS; c++) {
        answers.add(pool.submit(() -> clerk.post("api/incoming-documents", letter)));
      }
      List<JsonObject> registered = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      for (Future<ApiClient.Answer> answer : answers) {
        ApiClient.Answer done = answer.get();
        if (done.status() == 201) {
          registered.add(JsonBodies.object(done.body()));
        } else {
          assertThat(done.status()).as(done.body()).isEqualTo(409);
          warnings.add(done.body());
        }
      }

      assertThat(registered).hasSize(1);
      assertThat(registered.get(0).getInt("number")).isEqualTo(before + 1);
      long id = registered.get(0).getJsonNumber("id").longValue();
      assertThat(warnings)
          .hasSize(CLERKS - 1)
          .allSatisfy(
              warning ->
                  assertThat(
                          JsonBodies.object(warning)
                              .getJsonArray("duplicates")
                              .getJsonObject(0)
                              .getJsonNumber("id")
                              .longValue())
                      .isEqualTo(id));
      assertThat(Registers.lastIncomingNumber(clerk)).isEqualTo(before + 1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void issuesTwoHundredDraftsAtOnceWithRolledBackTakersInBetweenWithoutGap() throws Exception {
    ApiClient clerk = clerk();
    JsonObject register = Registers.outgoing(clerk, false);
    long registerId = register.getJsonNumber("id").longValue();
    int year = register.getInt("year");
    int before = register.getInt("lastNumber");
    List<Long> drafts = Collections.synchronizedList(new ArrayList<>());
    // Only drafts the signing leader approved are issued.
    ApiClient chairman = ApiClient.signedIn(base.toURI(), "lanhdao", ApiClient.DEMO_PASSWORD);
    inParallel(
        c -> {
          drafts.add(
              Workflows.approvedDraft(
                  c,
                  chairman,
                  IncomingDocumentBuilder.DECISION,
                  "Quyết định số thử " + System.nanoTime()));
          return 0;
        });
    assertThat(
            JsonBodies.array(clerk.get("api/outgoing-documents").body())
                .getJsonObject(0)
                .getString("createdBy"))
        .isEqualTo("vanthu");
    List<Integer> rolledBack = Collections.synchronizedList(new ArrayList<>());
    List<Long> queue = Collections.synchronizedList(new ArrayList<>(drafts));

    List<Integer> issued =
        inParallel(
            c -> {
              rolledBack.add(takeAndRollBack(registerId, year));
              long id = queue.remove(0);
              JsonObject document =
                  JsonBodies.object(
                      expect(200, c.post("api/outgoing-documents/" + id + "/issue", "{}")));
              int number = document.getInt("number");
              assertThat(document.getString("notation"))
                  .isEqualTo("%02d/QĐ-UBND".formatted(number));
              return number;
            });

    assertThat(issued).containsExactlyInAnyOrderElementsOf(range(before + 1, DOCUMENTS));
    assertThat(rolledBack)
        .hasSize(DOCUMENTS)
        .allSatisfy(n -> assertThat(n).isBetween(before + 1, before + DOCUMENTS + 1));
    assertThat(Registers.outgoing(clerk, false).getInt("lastNumber")).isEqualTo(before + DOCUMENTS);
  }

  @Test
  void theFirstNumberOfANewYearIsOneAndTheOldYearGoesOn() throws Exception {
    ApiClient clerk = clerk();
    JsonObject register = Registers.incoming(clerk);
    long registerId = register.getJsonNumber("id").longValue();
    int thisYear = register.getInt("year");
    int lastThisYear =
        expectNumber(clerk.post("api/incoming-documents", anIncomingDocument().json()));

    // A year no earlier run of this test on the same database has numbered.
    int newYear = thisYear + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 100_000);
    int firstNextYear = take(registerId, newYear, true);
    int secondNextYear = take(registerId, newYear, true);
    int nextThisYear =
        expectNumber(clerk.post("api/incoming-documents", anIncomingDocument().json()));

    assertThat(firstNextYear).isEqualTo(1);
    assertThat(secondNextYear).isEqualTo(2);
    assertThat(nextThisYear).isEqualTo(lastThisYear + 1);
  }

  private ApiClient clerk() throws Exception {
    return ApiClient.signedIn(base.toURI(), "vanthu", ApiClient.DEMO_PASSWORD);
  }

  /** Runs {@code DOCUMENTS} calls spread over {@code CLERKS} clerks, each in its own session. */
  private List<Integer> inParallel(ClerkCall call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLERKS);
    try {
      List<Future<List<Integer>>> clerks = new ArrayList<>();
      for (int c = 0; c < CLERKS; c++) {
        Callable<List<Integer>> work =
            () -> {
              ApiClient clerk = clerk();
              List<Integer> results = new ArrayList<>();
              for (int i = 0; i < DOCUMENTS / CLERKS; i++) {
                results.add(call.apply(clerk));
              }
              return results;
            };
        clerks.add(pool.submit(work));
      }
      List<Integer> all = new ArrayList<>();
      for (Future<List<Integer>> clerk : clerks) {
        all.addAll(clerk.get());
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }

  /** A transaction that takes the register's next number and then rolls back. */
  private int takeAndRollBack(long registerId, int year) throws Exception {
    return take(registerId, year, false);
  }

  private int take(long registerId, int year, boolean commit) throws Exception {
    URI probe =
        base.toURI()
            .resolve(
                "/%s/take?register=%d&year=%d&commit=%b"
                    .formatted(Deployments.PROBE_CONTEXT, registerId, year, commit));
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(probe).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return Integer.parseInt(answer.body().strip());
  }

  private static String expect(int status, ApiClient.Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    return answer.body();
  }

  private static int expectNumber(ApiClient.Answer answer) {
    return JsonBodies.object(expect(201, answer)).getInt("number");
  }

  private static List<Integer> range(int first, int count) {
    return IntStream.range(first, first + count).boxed().toList();
  }

  /** One call a clerk makes, returning a number. */
  @FunctionalInterface
  interface ClerkCall {
    int apply(ApiClient clerk) throws Exception;
  }
}
