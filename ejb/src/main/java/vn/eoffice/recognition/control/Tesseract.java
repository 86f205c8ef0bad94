package vn.eoffice.recognition.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.eoffice.platform.control.Processes;

/**
 * Tesseract 5, run as the machine's {@code tesseract} program with the agency's language models
 * (Vietnamese by default): one page image gives its text and a one-page PDF, either the image with
 * an invisible text layer over it or the text layer alone (to be laid over a scanned PDF's page).
 * Each run uses one thread: the queue reads several pages at once instead, which keeps every core
 * busy without OpenMP's threads fighting over them.
 */
public final class Tesseract {

  /** What one page gave. */
  public record PageText(String text, byte[] pdf) {}

  private static final Duration LIMIT = Duration.ofMinutes(5);

  private final String program;
  private final String languages;

  public Tesseract(String program, String languages) {
    this.program = program;
    this.languages = languages;
  }

  /**
   * Reads the page.
   *
   * @param textOnly the PDF holds the text layer alone, sized as the page
   * @param work a folder of this page's own for Tesseract's output
   */
  public PageText read(ScanPages.Page page, boolean textOnly, Path work) throws IOException {
    Files.createDirectories(work);
    Path out = work.resolve("page-" + page.number());
    List<String> command = new ArrayList<>();
    command.add(program);
    command.add(page.image().toString());
    command.add(out.toString());
    command.add("-l");
    command.add(languages);
    command.add("--dpi");
    command.add(String.valueOf(page.dpi()));
    if (textOnly) {
      command.add("-c");
      command.add("textonly_pdf=1");
    }
    command.add("txt");
    command.add("pdf");
    Processes.run(command, Map.of("OMP_THREAD_LIMIT", "1"), LIMIT, work.resolve("tesseract.log"));
    String text =
        Files.readString(out.resolveSibling(out.getFileName() + ".txt"), StandardCharsets.UTF_8);
    byte[] pdf = Files.readAllBytes(out.resolveSibling(out.getFileName() + ".pdf"));
    return new PageText(Normalizer.normalize(text, Normalizer.Form.NFC), pdf);
  }

  /**
   * Whether the program runs here with every language asked for; empty when it does, or why not.
   */
  public java.util.Optional<String> unavailable(Path work) {
    try {
      Files.createDirectories(work);
      Path log = work.resolve("languages.log");
      Processes.run(List.of(program, "--list-langs"), Map.of(), Duration.ofSeconds(30), log);
      List<String> installed = Files.readAllLines(log, StandardCharsets.UTF_8);
      for (String language : languages.split("\\+")) {
        if (installed.stream().noneMatch(l -> l.strip().equals(language))) {
          return java.util.Optional.of(
              "Tesseract has no model for the language '"
                  + language
                  + "' (installed: "
                  + installed.stream().skip(1).map(String::strip).toList()
                  + ")");
        }
      }
      return java.util.Optional.empty();
    } catch (IOException e) {
      return java.util.Optional.of("Tesseract cannot be run: " + e.getMessage());
    }
  }
}
