package vn.eoffice.platform.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program of the machine (Tesseract, Poppler, Ghostscript, LibreOffice) with its output
 * going to a file, so that a program that hangs is stopped at its time limit instead of holding its
 * queue.
 */
public final class Processes {

  private Processes() {}

  public static void run(
      List<String> command, Map<String, String> environment, Duration limit, Path log)
      throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    builder.environment().putAll(environment);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IOException(command.get(0) + " cannot be started: " + e.getMessage(), e);
    }
    try {
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IOException(command.get(0) + " took more than " + limit.toSeconds() + " s");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException(command.get(0) + " was interrupted", e);
    }
    if (process.exitValue() != 0) {
      throw new IOException(
          command.get(0) + " failed with exit code " + process.exitValue() + ": " + tail(log));
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File(
        System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private static String tail(Path log) {
    try {
      String output = Files.readString(log, StandardCharsets.UTF_8).strip();
      return output.length() > 300 ? output.substring(output.length() - 300) : output;
    } catch (IOException e) {
      return "(no output)";
    }
  }
}
