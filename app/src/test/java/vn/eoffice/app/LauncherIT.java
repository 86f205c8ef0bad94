package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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

  private static Process process;
  private static URI base;
  private static final List<String> output = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void start() throws Exception {
    Path data = Path.of("target", "launcher-it-data").toAbsolutePath();
    if (Files.exists(data)) {
      try (var paths = Files.walk(data)) {
        paths
            .sorted(java.util.Comparator.reverseOrder())
            .map(Path::toFile)
            .forEach(f -> f.delete());
      }
    }
    Files.createDirectories(data);
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of("target", "eoffice-app.jar").toAbsolutePath().toString())
            .redirectErrorStream(true);
    builder.environment().put("EOFFICE_PORT", Integer.toString(port));
    builder.environment().put("EOFFICE_DATA_DIR", data.toString());
    builder.environment().put("EOFFICE_DEMO_PASSWORD", ApiClient.DEMO_PASSWORD);
    builder.environment().remove("EOFFICE_DB_URL");
    process = builder.start();
    CountDownLatch running = new CountDownLatch(1);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                  output.add(line);
                  if (line.contains("e-Office is running")) {
                    running.countDown();
                  }
                }
              } catch (IOException gone) {
                // the process ended
              }
            },
            "launcher-output");
    reader.setDaemon(true);
    reader.start();
    assertThat(running.await(3, TimeUnit.MINUTES))
        .as("started; its last lines: %s", last(output))
        .isTrue();
    base = URI.create("http://localhost:" + port + "/");
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (process != null) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
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

  private static List<String> last(List<String> lines) {
    synchronized (lines) {
      return new ArrayList<>(lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
  }
}
