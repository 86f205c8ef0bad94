package vn.eoffice.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tomee.embedded.Container;
import vn.eoffice.scans.CharacterErrorRate;
import vn.eoffice.scans.ScannedPages;

/**
 * Text recognition (issue 26): pages per minute through e-Office (uploaded as scanned JPEGs,
 * queued, read by Tesseract, their text and searchable PDF kept) beside the plain {@code tesseract}
 * program on the same pages in the same run, one page after another as installed and two at a time
 * with one thread each; with the character error rate of each against the decree's text. The pages
 * are the decree's appendices rendered at 200 dpi, turned a little, with noise (module scans).
 * BENCH_OCR_PAGES (default 24) sets how many; BENCH_QUICK=true reads 3. See BENCHMARKS.md.
 */
public final class OcrBenchmark {

  private static final String PASSWORD = "bench-ocr-password";
  private static final String DATABASE =
      "jdbc:postgresql://"
          + System.getenv().getOrDefault("BENCH_DB_HOST", "127.0.0.1")
          + ":"
          + System.getenv().getOrDefault("BENCH_DB_PORT", "5432")
          + "/eoffice_bench_ocr";
  private static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");

  private OcrBenchmark() {}

  public static void main(String[] args) throws Exception {
    boolean quick = Boolean.parseBoolean(System.getenv().getOrDefault("BENCH_QUICK", "false"));
    int count = Installation.setting("BENCH_OCR_PAGES", quick ? 3 : 24);
    if (quick) {
      System.out.println(
          "Quick mode: tiny sizes, to check that every step runs; no figures to keep");
    }
    Path work = Installation.jarDirectory().resolve("bench-ocr");
    List<ScannedPages.Page> pages =
        new ScannedPages(reference(), work.resolve("scans")).pages(count, 200, 26);
    System.out.printf(
        Locale.ROOT, "%d pages of Decree 30/2020's appendices, scanned at 200 dpi%n", count);

    Plain sequential = plain(pages, work.resolve("plain-1"), 1, false);
    Plain paired = plain(pages, work.resolve("plain-2"), 2, true);
    List<ScannedPages.Page> warmUp =
        new ScannedPages(reference(), work.resolve("scans")).pages(4, 200, 27);
    Plain office = throughOffice(pages, warmUp, work);

    double best = Math.max(sequential.pagesPerMinute(), paired.pagesPerMinute());
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Text recognition of %d scanned pages (Tesseract %s, vie)%n",
        count,
        version());
    System.out.printf(
        Locale.ROOT,
        "  e-Office: uploaded, queued, read, text and PDF kept  %7.1f pages/min   CER %s%n",
        office.pagesPerMinute(),
        office.errors());
    System.out.printf(
        Locale.ROOT,
        "  plain tesseract, one page after another            %7.1f pages/min   CER %s%n",
        sequential.pagesPerMinute(),
        sequential.errors());
    System.out.printf(
        Locale.ROOT,
        "  plain tesseract, two pages at a time, one thread each %4.1f pages/min   CER %s%n",
        paired.pagesPerMinute(),
        paired.errors());
    System.out.printf(
        Locale.ROOT,
        "  e-Office / the faster plain run: %.2f× (goal ≥ 0.8×)%n",
        office.pagesPerMinute() / best);
    if (office.errors().rate() > 0.03) {
      throw new IllegalStateException("the character error rate is over 3 %: " + office.errors());
    }
  }

  /** What one way of reading gave: its speed and its errors. */
  record Plain(double pagesPerMinute, CharacterErrorRate errors) {}

  /** The plain program on each page, {@code atOnce} pages at a time. */
  private static Plain plain(
      List<ScannedPages.Page> pages, Path folder, int atOnce, boolean oneThread) throws Exception {
    Files.createDirectories(folder);
    ExecutorService pool = Executors.newFixedThreadPool(atOnce);
    long start = System.nanoTime();
    List<Future<CharacterErrorRate>> read = new ArrayList<>();
    for (ScannedPages.Page page : pages) {
      read.add(
          pool.submit(
              () -> {
                Path out = folder.resolve(page.name());
                ProcessBuilder tesseract =
                    new ProcessBuilder(
                            "tesseract",
                            page.image().toString(),
                            out.toString(),
                            "-l",
                            "vie",
                            "--dpi",
                            String.valueOf(page.dpi()),
                            "txt")
                        .redirectErrorStream(true)
                        .redirectOutput(folder.resolve(page.name() + ".log").toFile());
                if (oneThread) {
                  tesseract.environment().put("OMP_THREAD_LIMIT", "1");
                }
                Process process = tesseract.start();
                if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                  throw new IllegalStateException("tesseract failed on " + page.name());
                }
                return CharacterErrorRate.of(
                    page.knownText(),
                    Files.readString(Path.of(out + ".txt"), StandardCharsets.UTF_8));
              }));
    }
    CharacterErrorRate errors = new CharacterErrorRate(0, 0);
    for (Future<CharacterErrorRate> page : read) {
      errors = errors.plus(page.get());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return new Plain(pages.size() / seconds * 60, errors);
  }

  /** Every page uploaded by a clerk, registered as one document, and read by e-Office's queue. */
  private static Plain throughOffice(
      List<ScannedPages.Page> pages, List<ScannedPages.Page> warmUp, Path work) throws Exception {
    String host = System.getenv().getOrDefault("BENCH_DB_HOST", "127.0.0.1");
    String port = System.getenv().getOrDefault("BENCH_DB_PORT", "5432");
    Installation.recreate(host, port, "eoffice_bench_ocr", "postgres");
    System.setProperty("eoffice.demo.password", PASSWORD);
    Path data = Files.createTempDirectory(work, "office-");
    try (Container container =
        Installation.start(
            data, "jdbc:postgresql://" + host + ":" + port + "/eoffice_bench_ocr", "postgres")) {
      URI base = URI.create("http://127.0.0.1:18080/");
      HttpClient http =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      String csrf = signIn(http, base, "vanthu");
      // Four other scans first (other noise, so other files), unmeasured, for the JIT.
      read(http, base, csrf, warmUp, "warm-up");
      long start = System.nanoTime();
      Duration cpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
      long document = read(http, base, csrf, pages, "measured");
      double seconds = (System.nanoTime() - start) / 1e9;
      Duration used =
          ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).minus(cpu);
      System.out.printf(
          Locale.ROOT,
          "  (e-Office's own processor time beside Tesseract: %.0f ms a page, %.1f s in all)%n",
          used.toMillis() / (double) pages.size(),
          used.toMillis() / 1000.0);
      Duration before = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
      Thread.sleep(5000);
      System.out.printf(
          Locale.ROOT,
          "  (the same process idle: %.0f ms of processor time a second)%n",
          ProcessHandle.current()
                  .info()
                  .totalCpuDuration()
                  .orElse(Duration.ZERO)
                  .minus(before)
                  .toMillis()
              / 5.0);
      return new Plain(pages.size() / seconds * 60, errors(http, base, document, pages));
    }
  }

  /** The pages uploaded and registered as one document, once every one is read; its id. */
  private static long read(
      HttpClient http, URI base, String csrf, List<ScannedPages.Page> pages, String run)
      throws Exception {
    {
      long start = System.nanoTime();
      List<Long> uploads = new ArrayList<>();
      for (ScannedPages.Page page : pages) {
        String body =
            send(
                http,
                HttpRequest.newBuilder(base.resolve("api/uploads?name=" + page.name() + ".jpg"))
                    .header("Content-Type", "image/jpeg")
                    .header("X-CSRF-Token", csrf)
                    .POST(HttpRequest.BodyPublishers.ofFile(page.image())));
        uploads.add(id(body));
      }
      System.out.printf(
          Locale.ROOT,
          "  (%s: %d pages uploaded in %.1f s)%n",
          run,
          pages.size(),
          (System.nanoTime() - start) / 1e9);
      String registration =
          """
          {"typeId":18,"notation":"%s/UBND-VP","documentDate":"%s","subject":"Văn bản scan để đo",\
          "issuerName":"UBND huyện Mẫu","urgency":"NORMAL","confidentiality":"NORMAL",\
          "pageCount":%d,"uploadIds":%s,"confirmDuplicate":true}"""
              .formatted(
                  run + "-" + System.nanoTime() % 1_000_000,
                  LocalDate.now().minusDays(1),
                  pages.size(),
                  uploads);
      long document =
          id(
              send(
                  http,
                  HttpRequest.newBuilder(base.resolve("api/incoming-documents"))
                      .header("Content-Type", "application/json")
                      .header("X-CSRF-Token", csrf)
                      .POST(HttpRequest.BodyPublishers.ofString(registration))));
      // Counted in the database, as the queue writes it: asking the API as often would cost the
      // server the processor time being measured.
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
      try (java.sql.Connection db = java.sql.DriverManager.getConnection(DATABASE, "postgres", "");
          java.sql.PreparedStatement count =
              db.prepareStatement(
                  "SELECT state, count(*) FROM text_recognition WHERE sha256 = ANY (?)"
                      + " GROUP BY state")) {
        count.setArray(1, db.createArrayOf("varchar", sha256s(pages)));
        while (true) {
          int done = 0;
          try (java.sql.ResultSet states = count.executeQuery()) {
            while (states.next()) {
              if (states.getString(1).equals("FAILED")) {
                throw new IllegalStateException("a page failed to be read");
              }
              done += states.getString(1).equals("DONE") ? states.getInt(2) : 0;
            }
          }
          if (done == pages.size()) {
            break;
          }
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("the pages were not read in 30 minutes");
          }
          Thread.sleep(50);
        }
      }
      return document;
    }
  }

  /** The character error rate of the document's files, each against its page's text. */
  private static CharacterErrorRate errors(
      HttpClient http, URI base, long document, List<ScannedPages.Page> pages) throws Exception {
    {
      String view =
          send(http, HttpRequest.newBuilder(base.resolve("api/documents/" + document)).GET());
      Matcher files = Pattern.compile("\\{\"id\":(\\d+),\"position\":(\\d+)").matcher(view);
      CharacterErrorRate errors = new CharacterErrorRate(0, 0);
      while (files.find()) {
        int position = Integer.parseInt(files.group(2));
        String text =
            send(
                http,
                HttpRequest.newBuilder(
                        base.resolve(
                            "api/documents/"
                                + document
                                + "/files/"
                                + files.group(1)
                                + "/recognised-text"))
                    .GET());
        errors = errors.plus(CharacterErrorRate.of(pages.get(position - 1).knownText(), text));
      }
      return errors;
    }
  }

  private static String signIn(HttpClient http, URI base, String username) throws Exception {
    String body =
        send(
            http,
            HttpRequest.newBuilder(base.resolve("api/session"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=" + username + "&password=" + PASSWORD)));
    Matcher token = CSRF.matcher(body);
    if (!token.find()) {
      throw new IllegalStateException("no CSRF token: " + body);
    }
    return token.group(1);
  }

  private static String send(HttpClient http, HttpRequest.Builder request) throws Exception {
    HttpResponse<String> answer =
        http.send(
            request.timeout(Duration.ofMinutes(2)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (answer.statusCode() >= 300) {
      throw new IllegalStateException(
          answer.request().uri() + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return answer.body();
  }

  private static String[] sha256s(List<ScannedPages.Page> pages) throws Exception {
    String[] sha256s = new String[pages.size()];
    for (int i = 0; i < sha256s.length; i++) {
      sha256s[i] =
          java.util.HexFormat.of()
              .formatHex(
                  java.security.MessageDigest.getInstance("SHA-256")
                      .digest(Files.readAllBytes(pages.get(i).image())));
    }
    return sha256s;
  }

  private static long id(String body) {
    return ExchangeBenchmark.id(body);
  }

  /** The decree's folder, {@code shared/reference/nd30} beside the project (or BENCH_REFERENCE). */
  private static Path reference() {
    String given = System.getenv("BENCH_REFERENCE");
    if (given != null) {
      return Path.of(given);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("reference").resolve("nd30");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "shared/reference/nd30 is not beside the project; set BENCH_REFERENCE");
  }

  private static String version() {
    try {
      Process process =
          new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
      String first =
          new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .findFirst()
              .orElse("");
      process.waitFor();
      return first.replace("tesseract ", "");
    } catch (Exception e) {
      return "?";
    }
  }
}
