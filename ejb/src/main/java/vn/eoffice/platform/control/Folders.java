package vn.eoffice.platform.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Work folders of the background work, deleted when the work is done. */
public final class Folders {

  private Folders() {}

  /** Deletes the folder and all in it; what cannot be deleted is left (a temporary folder). */
  public static void delete(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Left in the temporary folder.
    }
  }
}
