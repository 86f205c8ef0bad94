package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application as {@code bin/run} starts it: a process of its own from the built jar, with its
 * own data folder and database. What the server refuses before the application sees it (a search
 * address longer than it takes) is answered in the API's form, and no page shows the server's stack
 * trace or version.
 */
class LauncherIT {

  private static LaunchedApplication application;
  private static URI base;

  @BeforeAll
  static void start() throws Exception {
    application =
        LaunchedApplication.start(
            "launcher-it-data", Map.of("EOFFICE_DEMO_PASSWORD", ApiClient.DEMO_PASSWORD));
    base = application.base;
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (application != null) {
      application.close();
    }
  }

  @Test
  void startsQuietlyWithTheDemoAccountsInABoxAtTheEnd() {
    List<String> lines = application.lines();
    int running = indexOf(lines, "e-Office is running");
    int accounts = indexOf(lines, "vanthu ");
    assertThat(lines.subList(0, running))
        .as(String.join("\n", lines))
        .noneMatch(line -> line.contains("SEVERE"));
    assertThat(running).as("a screenful at most:%n%s", String.join("\n", lines)).isLessThan(40);
    assertThat(accounts).as("the demo accounts last").isBetween(running - 12, running - 1);
    assertThat(lines.subList(accounts, running))
        .as("no line of the container after the accounts")
        .noneMatch(line -> line.matches("^\\d{4}-\\d{2}-\\d{2} .*"));
    assertThat(lines.subList(accounts, running + 1))
        .anyMatch(line -> line.contains("EOFFICE_DEMO_PASSWORD"))
        .anyMatch(line -> line.matches(".*started in \\d+\\.\\d s.*"));
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no line holds " + text + ": " + String.join("\n", lines));
  }

  @Test
  void aSearchLongerThanTheServerTakesIsAnsweredAsAProblem() throws Exception {
    String query = "quy định về thủ tục hành chính ".repeat(300);
    HttpResponse<String> answer =
        get("api/search?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8));

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(answer.body())
        .contains("urn:eoffice:problem:request-too-large")
        .contains("POST /api/search")
        .doesNotContain("Exception");
  }

  @Test
  void pagesTheServerRefusesShowNeitherStackTraceNorVersion() throws Exception {
    HttpResponse<String> answer = get("assets/" + "a".repeat(20_000));

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).doesNotContain("Exception").doesNotContain("Tomcat");
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
