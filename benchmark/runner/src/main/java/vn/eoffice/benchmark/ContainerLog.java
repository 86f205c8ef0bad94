package vn.eoffice.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends the container's log to a file, so that the console holds the benchmark's figures and what
 * they mean; a failure names the file.
 */
final class ContainerLog {

  private ContainerLog() {}

  static Path toFile(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    LogManager.getLogManager().reset();
    Logger root = Logger.getLogger("");
    for (Handler handler : root.getHandlers()) {
      root.removeHandler(handler);
    }
    FileHandler handler = new FileHandler(file.toString(), false);
    handler.setFormatter(new SimpleFormatter());
    handler.setEncoding("UTF-8");
    root.addHandler(handler);
    return file;
  }
}
