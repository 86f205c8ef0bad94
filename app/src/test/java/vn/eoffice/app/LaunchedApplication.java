package vn.eoffice.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The application as {@code bin/run} starts it: a process of its own from the built jar, with its
 * own data folder and H2 database, started with the given environment; its console is kept.
 */
final class LaunchedApplication implements AutoCloseable {

  final URI base;
  private final Process process;
  private final List<String> output = Collections.synchronizedList(new ArrayList<>());

  private LaunchedApplication(Process process, URI base) {
    this.process = process;
    this.base = base;
  }

  /** Starts it in {@code target/<name>}, emptied first, and returns once it says it is running. */
  static LaunchedApplication start(String name, Map<String, String> environment) throws Exception {
    Path data = Path.of("target", name).toAbsolutePath();
    if (Files.exists(data)) {
      try (var paths = Files.walk(data)) {
        paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(f -> f.delete());
      }
    }
    return restart(name, environment);
  }

  /** The folder of {@code start(name, …)}, where its H2 database and files are. */
  static Path data(String name) {
    return Path.of("target", name).toAbsolutePath();
  }

  /** Starts it again on what {@code target/<name>} holds; returns once it is running. */
  static LaunchedApplication restart(String name, Map<String, String> environment)
      throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    return restart(name, environment, port);
  }

  /** Starts it again on what {@code target/<name>} holds, on this port. */
  static LaunchedApplication restart(String name, Map<String, String> environment, int port)
      throws Exception {
    Path data = data(name);
    Files.createDirectories(data);
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of("target", "eoffice-app.jar").toAbsolutePath().toString())
            .redirectErrorStream(true);
    builder.environment().put("EOFFICE_PORT", Integer.toString(port));
    builder.environment().put("EOFFICE_DATA_DIR", data.toString());
    builder.environment().remove("EOFFICE_DB_URL");
    builder.environment().putAll(environment);
    LaunchedApplication application =
        new LaunchedApplication(builder.start(), URI.create("http://localhost:" + port + "/"));
    if (!application.awaitRunning()) {
      application.close();
      throw new AssertionError("it did not start; its last lines: " + application.lines());
    }
    return application;
  }

  private boolean awaitRunning() throws InterruptedException {
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
    return running.await(3, TimeUnit.MINUTES);
  }

  /** What it printed so far. */
  List<String> lines() {
    synchronized (output) {
      return List.copyOf(output);
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
