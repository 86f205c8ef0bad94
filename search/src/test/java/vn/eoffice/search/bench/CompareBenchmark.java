package vn.eoffice.search.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.eoffice.search.compare.Comparison;
import vn.eoffice.search.compare.ReadingText;
import vn.eoffice.search.compare.TextComparison;

/**
 * Time to compare two 100-page documents (the decree's sentences recombined, about 450 words a
 * page) with 1 % of the words changed, for e-Office's word-by-word comparison beside {@code git
 * diff --no-index --word-diff} on the same two texts, in the same run. Run by {@code
 * bin/benchmark-compare}.
 */
public final class CompareBenchmark {

  private static final int PAGES = Integer.getInteger("bench.pages", 100);
  private static final int WORDS_PER_PAGE = 450;
  private static final int RUNS = Integer.getInteger("bench.runs", 100);

  public static void main(String[] args) throws Exception {
    List<String> sentences = SearchBenchmark.sentences();
    Random random = new Random(11);
    List<List<String>> paragraphs = new ArrayList<>();
    int words = 0;
    while (words < PAGES * WORDS_PER_PAGE) {
      List<String> paragraph = new ArrayList<>();
      for (int s = 1 + random.nextInt(3); s > 0; s--) {
        paragraph.addAll(List.of(sentences.get(random.nextInt(sentences.size())).split(" ")));
      }
      paragraphs.add(paragraph);
      words += paragraph.size();
    }
    List<List<String>> changed = new ArrayList<>();
    paragraphs.forEach(p -> changed.add(new ArrayList<>(p)));
    int edits = words / 100;
    for (int e = 0; e < edits; e++) {
      List<String> paragraph = changed.get(random.nextInt(changed.size()));
      int at = random.nextInt(paragraph.size());
      paragraph.set(at, "sửa" + e);
    }
    List<String> before = paragraphs.stream().map(p -> String.join(" ", p)).toList();
    List<String> after = changed.stream().map(p -> String.join(" ", p)).toList();
    Path folder = Files.createTempDirectory("eoffice-compare-bench");
    Path a = Files.write(folder.resolve("before.txt"), before);
    Path b = Files.write(folder.resolve("after.txt"), after);
    System.out.printf(
        "Two texts of %d pages: %,d words, %,d paragraphs, %,d words changed (1 %%)%n%n",
        PAGES, words, paragraphs.size(), edits);

    Comparison last = null;
    List<Double> ours = new ArrayList<>();
    for (int run = -100; run < RUNS; run++) {
      long start = System.nanoTime();
      last =
          TextComparison.compare(ReadingText.ofParagraphs(before), ReadingText.ofParagraphs(after));
      if (run >= 0) {
        ours.add((System.nanoTime() - start) / 1e6);
      }
    }
    List<Double> git = new ArrayList<>();
    long gitChanges = 0;
    for (int run = -2; run < RUNS; run++) {
      long start = System.nanoTime();
      Process diff =
          new ProcessBuilder(
                  "git", "diff", "--no-index", "--word-diff=porcelain", a.toString(), b.toString())
              .redirectErrorStream(true)
              .start();
      byte[] output = diff.getInputStream().readAllBytes();
      diff.waitFor();
      if (run >= 0) {
        git.add((System.nanoTime() - start) / 1e6);
      }
      gitChanges =
          new String(output, java.nio.charset.StandardCharsets.UTF_8)
              .lines()
              .filter(l -> l.startsWith("+") && !l.startsWith("+++"))
              .count();
    }
    System.out.printf("%-44s %10s %10s %10s%n", "", "p50 ms", "p95 ms", "changes");
    System.out.printf(
        "%-44s %10.1f %10.1f %,10d%n",
        "e-Office (extraction done, word by word)",
        SearchBenchmark.percentile(ours, 50),
        SearchBenchmark.percentile(ours, 95),
        last.changes().size());
    System.out.printf(
        "%-44s %10.1f %10.1f %,10d%n",
        "git diff --no-index --word-diff=porcelain",
        SearchBenchmark.percentile(git, 50),
        SearchBenchmark.percentile(git, 95),
        gitChanges);
    System.out.printf(
        "%ne-Office %.1f ms at p50 (goal ≤ 100 ms), %.1f× faster than git%n",
        SearchBenchmark.percentile(ours, 50),
        SearchBenchmark.percentile(git, 50) / SearchBenchmark.percentile(ours, 50));
  }
}
