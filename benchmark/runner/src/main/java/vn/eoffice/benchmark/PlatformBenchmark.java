package vn.eoffice.benchmark;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.tomee.embedded.Container;

/**
 * The province platform beside one agency, in the same run on the same database: an agency that
 * holds {@code BENCH_PLATFORM_DOCUMENTS} documents alone (the demo commune, "one agency") and
 * {@code BENCH_PLATFORM_AGENCIES} agencies that share as many documents between them ("the
 * platform"). Registrations per second (4 clerks) into the one agency's register and into one
 * platform agency's, and the search's median and 95th percentile as a clerk of each, in rounds that
 * take turns. Goal: the platform agency within 10 % of the one agency (registrations no slower,
 * searches' p95 no longer).
 *
 * <p>Settings: {@code BENCH_DB_URL} (default {@code
 * jdbc:postgresql://127.0.0.1:5432/eoffice_bench_platform}), {@code BENCH_DB_USER}, {@code
 * BENCH_SECONDS} per registration measurement (15), {@code BENCH_ROUNDS} (5), {@code
 * BENCH_PLATFORM_QUERIES} per search measurement (600); {@code BENCH_QUICK=true} makes them tiny.
 */
public final class PlatformBenchmark {

  private static final java.io.PrintStream OUT = System.out;
  private static final int CLERKS = 4;

  /** Documents registered between two analyses of the growing tables. */
  private static final int FILL_STEP = 10_000;

  private PlatformBenchmark() {}

  public static void main(String[] args) throws Exception {
    String dbUrl =
        System.getenv()
            .getOrDefault(
                "BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/eoffice_bench_platform");
    String dbUser = System.getenv().getOrDefault("BENCH_DB_USER", "postgres");
    boolean quick = Boolean.parseBoolean(System.getenv().getOrDefault("BENCH_QUICK", "false"));
    int documents = Installation.setting("BENCH_PLATFORM_DOCUMENTS", quick ? 2_000 : 100_000);
    int agencies = Installation.setting("BENCH_PLATFORM_AGENCIES", 100);
    // Five rounds of 15 s: with three of 10 s, two runs on this machine gave 1.37× and 0.85×.
    int seconds = Installation.setting("BENCH_SECONDS", quick ? 2 : 15);
    int rounds = Installation.setting("BENCH_ROUNDS", quick ? 1 : 5);
    int queries = Installation.setting("BENCH_PLATFORM_QUERIES", quick ? 60 : 600);
    if (quick) {
      OUT.println("Quick mode: tiny sizes, to check that every step runs; no figures to keep");
    }
    java.util.regex.Matcher url =
        java.util.regex.Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*")
            .matcher(dbUrl);
    if (!url.matches()) {
      throw new IllegalArgumentException("BENCH_DB_URL must be a PostgreSQL URL: " + dbUrl);
    }
    Path work = Installation.jarDirectory().resolve("bench-platform");
    Path log = ContainerLog.toFile(work.resolve("container.log"));
    OUT.println("The application's log and console output: " + log.getParent());
    System.setOut(
        new java.io.PrintStream(
            Files.newOutputStream(log.resolveSibling("console.log")),
            true,
            StandardCharsets.UTF_8));
    Installation.recreate(
        url.group(1), url.group(2) == null ? "5432" : url.group(2), url.group(3), dbUser);
    try (Container container = Installation.start(work, dbUrl, dbUser)) {
      URI probe = URI.create("http://127.0.0.1:18080/eoffice-benchmark-probe/");
      long one = Long.parseLong(get(probe.resolve("platform/agency?username=vanthu")));
      List<Long> platform =
          Arrays.stream(
                  Installation.post(probe.resolve("platform/agencies?count=" + agencies), 600)
                      .split(" "))
              .map(Long::valueOf)
              .toList();
      OUT.printf(
          Locale.ROOT,
          "Filling: %,d documents in one agency, %,d shared by %d agencies…%n",
          documents,
          documents,
          agencies);
      // In steps, each followed by ANALYZE as autovacuum would: plans made while the tables were
      // small would scan them whole as they grow.
      for (int filled = 0; filled < documents; filled += FILL_STEP) {
        fill(probe, one, Math.min(FILL_STEP, documents - filled));
        Installation.vacuumAnalyze(dbUrl, dbUser);
      }
      int each = Math.max(2, documents / agencies);
      for (int i = 0; i < platform.size(); i++) {
        fill(probe, platform.get(i), each);
        if ((i + 1) % Math.max(1, FILL_STEP / each) == 0) {
          Installation.vacuumAnalyze(dbUrl, dbUser);
        }
      }
      Installation.vacuumAnalyze(dbUrl, dbUser);
      Installation.settle(dbUrl, dbUser);
      long measured = platform.get(0);
      // Warm: both paths run before anything is timed (registrations' warm-up below).
      search(probe, one, queries);
      search(probe, measured, queries);
      double[][] registrations = new double[2][rounds];
      double[][] p50 = new double[2][rounds];
      double[][] p95 = new double[2][rounds];
      double[] hits = new double[2];
      // Searches first, while each agency holds what it was filled with; then registrations,
      // into another of the platform's agencies, each round taking turns.
      for (int round = 0; round < rounds; round++) {
        long[] order = round % 2 == 0 ? new long[] {one, measured} : new long[] {measured, one};
        for (long agency : order) {
          int i = agency == one ? 0 : 1;
          String[] figures = search(probe, agency, queries);
          p50[i][round] = Double.parseDouble(figures[0]);
          p95[i][round] = Double.parseDouble(figures[1]);
          hits[i] = Double.parseDouble(figures[2]);
        }
      }
      long registering = platform.get(1);
      register(probe, one, quick ? 1 : 20);
      register(probe, registering, quick ? 1 : 20);
      for (int round = 0; round < rounds; round++) {
        long[] order =
            round % 2 == 0 ? new long[] {one, registering} : new long[] {registering, one};
        for (long agency : order) {
          int i = agency == one ? 0 : 1;
          Installation.settle(dbUrl, dbUser);
          registrations[i][round] = register(probe, agency, seconds);
        }
      }
      OUT.println();
      OUT.printf(
          "%-34s %16s %18s %14s %14s %16s%n",
          "",
          "documents held",
          "registrations/s",
          "search p50 ms",
          "search p95 ms",
          "mean hits/search");
      String[] names = {
        "one agency", String.format(Locale.ROOT, "one of %d agencies (platform)", agencies)
      };
      int[] held = {documents, each};
      for (int i = 0; i < 2; i++) {
        OUT.printf(
            Locale.ROOT,
            "%-34s %,16d %18.0f %14.2f %14.2f %,16.0f%n",
            names[i],
            held[i],
            Installation.median(registrations[i]),
            Installation.median(p50[i]),
            Installation.median(p95[i]),
            hits[i]);
      }
      double registrationRatio =
          Installation.median(registrations[1]) / Installation.median(registrations[0]);
      double searchRatio = Installation.median(p95[1]) / Installation.median(p95[0]);
      OUT.printf(
          Locale.ROOT,
          "%nPlatform beside one agency: registrations %.2f×, search p95 %.2f× (goal: ≥ 0.90×"
              + " and ≤ 1.10×); the platform holds %,d documents in %d agencies%n",
          registrationRatio,
          searchRatio,
          documents + each * agencies,
          agencies + 4);
    }
  }

  /** Registers {@code count} documents into the agency's incoming register. */
  private static void fill(URI probe, long agency, int count) throws Exception {
    Installation.post(
        URI.create(probe + "run?clients=" + CLERKS + "&agency=" + agency + "&count=" + count),
        3600);
  }

  /** Registrations per second of {@link #CLERKS} clerks of the agency over {@code seconds}. */
  private static double register(URI probe, long agency, int seconds) throws Exception {
    String[] answer =
        Installation.post(
                URI.create(
                    probe + "run?clients=" + CLERKS + "&agency=" + agency + "&seconds=" + seconds),
                seconds + 120L)
            .split(" ");
    if (Long.parseLong(answer[3]) + Long.parseLong(answer[4]) > 0) {
      throw new IllegalStateException("gaps or repeated numbers in agency " + agency);
    }
    return Double.parseDouble(answer[2]);
  }

  private static String[] search(URI probe, long agency, int queries) throws Exception {
    return Installation.post(
            URI.create(probe + "platform/search?agency=" + agency + "&queries=" + queries), 600)
        .split(" ");
  }

  private static String get(URI uri) throws Exception {
    java.net.http.HttpResponse<String> answer =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(uri).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("The probe answered " + answer.statusCode());
    }
    return answer.body().strip();
  }
}
