package vn.eoffice.app;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.LogManager;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tomee.embedded.Configuration;
import org.apache.tomee.embedded.Container;

/** Starts e-Office: {@code java -jar eoffice-app.jar} (see the README for the environment). */
public final class Main {

  /** Where FirstStart leaves the demo accounts' box for the launcher to print last. */
  static final String FIRST_START_BANNER = "eoffice.first-start.banner";

  private Main() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    LaunchSettings settings = LaunchSettings.from(System.getenv());
    Files.createDirectories(settings.dataDir());
    configureLogging(settings);
    System.setProperty("eoffice.launcher", "true");
    // The services read it (file store); the environment may not have named it.
    System.setProperty("eoffice.data.dir", settings.dataDir().toString());
    // The class path holds no modules, only the container (the EAR is deployed by name): TomEE
    // looks for descriptors there without reading every class (Bouncy Castle carries Java 25
    // classes its scanner cannot read).
    System.setProperty("openejb.deployments.classpath.require.descriptor", "true");
    // Opened while the container boots, and held open until the application has started: an
    // embedded H2 database is then opened once, not opened, closed (and compacted) and opened
    // again by the container. An unreachable database still ends the start before deployment.
    CompletableFuture<Connection> database =
        CompletableFuture.supplyAsync(() -> openDatabase(settings));
    File ear = earFile();
    scanOnlyTheApplicationsOwnModules(ear);
    Configuration configuration =
        new Configuration()
            .http(settings.port())
            .dir(settings.dataDir().resolve("tomee").toString());
    configuration.setProperties(settings.containerProperties());
    Container container = new Container(configuration);
    answerRefusedRequestsInTheApiForm(container);
    Runtime.getRuntime().addShutdownHook(new Thread(container::close, "eoffice-shutdown"));
    Connection opened = database.join();
    container.deploy("eoffice", ear);
    opened.close();
    // The first start's demo accounts come last, where the operator looks (FirstStart left them).
    String accounts = System.getProperty(FIRST_START_BANNER);
    System.clearProperty(FIRST_START_BANNER);
    System.out.printf(
        "%s%ne-Office is running (started in %.1f s): open http://localhost:%d/ and sign in.%n"
            + "Data: %s; database: %s%n",
        accounts == null ? "" : accounts,
        (System.nanoTime() - started) / 1e9,
        settings.port(),
        settings.dataDir(),
        settings.safeDbUrl());
    if (Boolean.getBoolean("eoffice.exit-after-start")) {
      // A training start (bin/run records the classes it loaded for the next starts): done. The
      // shutdown hook closes the container, once.
      System.exit(0);
    }
    container.await();
  }

  /**
   * Warnings and errors only, and e-Office's own start-up lines (see logging.properties), unless
   * the operator named a logging configuration of their own; {@code EOFFICE_LOG_LEVEL} sets the
   * container's level (e.g. INFO). The configuration is written beside the container's files and
   * named by the system property, so that the container reading it again finds the same.
   */
  private static void configureLogging(LaunchSettings settings) throws IOException {
    if (System.getProperty("java.util.logging.config.file") != null
        || System.getProperty("java.util.logging.config.class") != null) {
      return;
    }
    Path file = settings.dataDir().resolve("logging.properties");
    try (InputStream bundled = Main.class.getResourceAsStream("logging.properties")) {
      String text = new String(bundled.readAllBytes(), StandardCharsets.UTF_8);
      String level = settings.logLevel();
      if (level != null) {
        text = text.replace(".level = WARNING", ".level = " + level);
      }
      Files.writeString(file, text);
    }
    System.setProperty("java.util.logging.config.file", file.toString());
    LogManager.getLogManager().readConfiguration();
  }

  /**
   * TomEE reads every class of every jar in the archive looking for beans, and the archive's
   * libraries (DSS, Lucene, POI, Bouncy Castle…) hold tens of thousands of classes and no bean:
   * reading them was half of the start-up time. The ejb and web modules are still scanned.
   */
  private static void scanOnlyTheApplicationsOwnModules(File ear) throws IOException {
    List<String> libraries = new ArrayList<>();
    try (ZipFile archive = new ZipFile(ear)) {
      archive.stream()
          .map(ZipEntry::getName)
          .filter(name -> name.startsWith("lib/") && name.endsWith(".jar"))
          .map(name -> name.substring("lib/".length()))
          .forEach(libraries::add);
    }
    System.setProperty("openejb.additional.exclude", String.join(",", libraries));
  }

  /** Replaces Tomcat's error page for what it refuses itself (see ProblemReportValve). */
  private static void answerRefusedRequestsInTheApiForm(Container container) {
    org.apache.catalina.Pipeline pipeline = container.getTomcat().getHost().getPipeline();
    for (org.apache.catalina.Valve valve : pipeline.getValves()) {
      if (valve instanceof org.apache.catalina.valves.ErrorReportValve) {
        pipeline.removeValve(valve);
      }
    }
    pipeline.addValve(new ProblemReportValve());
  }

  /**
   * A connection to the database, or the start ends with a sentence for the operator naming the
   * database (never its password) when it cannot be reached.
   */
  private static Connection openDatabase(LaunchSettings settings) {
    try {
      Connection connection =
          DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
      if (connection.isValid(5)) {
        return connection;
      }
      connection.close();
      System.err.println("The database did not answer: " + settings.safeDbUrl());
    } catch (SQLException e) {
      System.err.printf(
          "e-Office cannot start: the database %s cannot be reached (%s).%n"
              + "Check that it is running and that EOFFICE_DB_URL, EOFFICE_DB_USER and "
              + "EOFFICE_DB_PASSWORD are right.%n",
          settings.safeDbUrl(), e.getMessage());
    }
    System.exit(2);
    throw new IllegalStateException("unreachable");
  }

  private static File earFile() {
    String configured = System.getProperty("eoffice.ear");
    Path ear = configured != null ? Path.of(configured) : jarDirectory().resolve("eoffice.ear");
    if (!Files.isRegularFile(ear)) {
      throw new IllegalStateException("The application archive is missing: " + ear);
    }
    return ear.toFile();
  }

  private static Path jarDirectory() {
    try {
      return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .getParent();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
