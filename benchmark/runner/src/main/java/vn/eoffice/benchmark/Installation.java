package vn.eoffice.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.tomee.embedded.Configuration;
import org.apache.tomee.embedded.Container;
import vn.eoffice.app.LaunchSettings;

/**
 * What the benchmarks that run the application share: its database made afresh, the application
 * with the probe started on it, the probe's answers, and waiting for the background work.
 */
final class Installation {

  private Installation() {}

  /** The application with the benchmark's probe, on {@code dbUrl}, its data under {@code work}. */
  static Container start(Path work, String dbUrl, String dbUser) throws Exception {
    return start(work, dbUrl, dbUser, 18080);
  }

  /** The same on another HTTP port. */
  static Container start(Path work, String dbUrl, String dbUser, int port) throws Exception {
    Map<String, String> env = new java.util.HashMap<>();
    env.put("EOFFICE_DB_URL", dbUrl);
    env.put("EOFFICE_DB_USER", dbUser);
    env.put("EOFFICE_DATA_DIR", work.resolve("data").toString());
    LaunchSettings settings = LaunchSettings.from(env);
    System.setProperty("eoffice.data.dir", settings.dataDir().toString());
    // As in Main: the class path holds no modules, and Bouncy Castle carries Java 25 classes that
    // TomEE's class path scanner cannot read.
    System.setProperty("openejb.deployments.classpath.require.descriptor", "true");
    Configuration configuration =
        new Configuration().http(port).dir(work.resolve("tomee").toString());
    configuration.setProperties(settings.containerProperties());
    Container container = new Container(configuration);
    container.deploy("eoffice", withProbe(work).toFile());
    return container;
  }

  static int setting(String name, int quickOrDefault) {
    return Integer.parseInt(System.getenv().getOrDefault(name, String.valueOf(quickOrDefault)));
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  static String post(URI uri, long timeoutSeconds) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri)
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .timeout(java.time.Duration.ofSeconds(timeoutSeconds))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(
          "The probe answered " + answer.statusCode() + ": " + answer.body());
    }
    return answer.body().strip();
  }

  static void vacuumAnalyze(String dbUrl, String user) throws Exception {
    try (Connection connection = DriverManager.getConnection(dbUrl, user, "");
        Statement sql = connection.createStatement()) {
      sql.execute("VACUUM (ANALYZE)");
    }
  }

  /**
   * Waits until the search index and the audit sealer have taken in every registration so far, so
   * that each measurement carries the background work of its own registrations only (the index and
   * the sealer still follow those while it runs), not the backlog of the one before.
   */
  static void settle(String dbUrl, String user) throws Exception {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
    try (Connection connection = DriverManager.getConnection(dbUrl, user, "");
        Statement sql = connection.createStatement()) {
      while (true) {
        try (java.sql.ResultSet left =
            sql.executeQuery(
                "SELECT (SELECT count(*) FROM search_journal)"
                    + " + (SELECT count(*) FROM audit_pending)")) {
          left.next();
          if (left.getLong(1) == 0) {
            return;
          }
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException(
                left.getLong(1) + " registrations still wait for the index or the sealer");
          }
        }
        Thread.sleep(200);
      }
    }
  }

  static void recreate(String host, String port, String database, String user) throws Exception {
    if (!database.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("Not a plain database name: " + database);
    }
    try (Connection admin =
            DriverManager.getConnection(
                "jdbc:postgresql://" + host + ":" + port + "/postgres", user, "");
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      sql.execute("CREATE DATABASE " + database);
    }
  }

  /** The application's EAR with the probe's web module added and listed. */
  static Path withProbe(Path work) throws IOException {
    Path directory = jarDirectory();
    Path target = work.resolve("eoffice-with-probe.ear");
    Files.createDirectories(work);
    try (ZipFile ear = new ZipFile(directory.resolve("eoffice.ear").toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      for (ZipEntry entry : java.util.Collections.list(ear.entries())) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        try (InputStream in = ear.getInputStream(entry)) {
          if (entry.getName().equals("META-INF/application.xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            out.write(
                xml.replace(
                        "<library-directory>",
                        "<module><web><web-uri>eoffice-benchmark-probe.war</web-uri>"
                            + "<context-root>/eoffice-benchmark-probe</context-root></web></module>"
                            + "<library-directory>")
                    .getBytes(StandardCharsets.UTF_8));
          } else {
            in.transferTo(out);
          }
        }
        out.closeEntry();
      }
      out.putNextEntry(new ZipEntry("eoffice-benchmark-probe.war"));
      Files.copy(directory.resolve("eoffice-benchmark-probe.war"), out);
      out.closeEntry();
    }
    return target;
  }

  static Path jarDirectory() {
    try {
      return Path.of(Installation.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .getParent();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
