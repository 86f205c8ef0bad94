package vn.eoffice.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tomee.embedded.Container;

/**
 * Incoming registrations per second through the service layer on PostgreSQL, at 1, 4 and 16 clerks,
 * beside {@code pgbench -b simple-update} on the same database in the same run.
 *
 * <p>Each registration is the whole service call a clerk's form makes: checks, duplicate search,
 * document row, audit entry and the gapless number. The database {@code eoffice_bench} is created
 * afresh. Settings: {@code BENCH_DB_URL} (default {@code
 * jdbc:postgresql://127.0.0.1:5432/eoffice_bench}), {@code BENCH_DB_USER} ({@code postgres}),
 * {@code BENCH_SECONDS} per measurement (10), {@code BENCH_CLIENTS} ({@code 1,4,16}), {@code
 * BENCH_WARMUP_SECONDS} of load before measuring (120), {@code BENCH_ROUNDS} of pgbench and
 * e-Office in turn at each number of clients, whose medians are printed (3), {@code
 * BENCH_AUDIT_BACKLOG} entries the audit sealer is timed on at the end (200,000); {@code
 * BENCH_QUICK=true} makes every one of these tiny. While clerks work, the age of the oldest entry
 * not chained yet is read every tenth of a second; at the end the whole chain is verified. Exits 1
 * when numbers have gaps or repeats or the chain does not verify.
 */
public final class RegistrationBenchmark {

  private static final Pattern URL =
      Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");

  /** Seconds of warm-up load between two analyses of the growing tables. */
  private static final int WARM_UP_STEP = 20;

  /** The console, for the figures; what the application prints goes to its log file. */
  private static final java.io.PrintStream OUT = System.out;

  /** Every entry is chained at most this long after the clerks stop. */
  private static final double DRAIN_GOAL_SECONDS = 10;

  private RegistrationBenchmark() {}

  public static void main(String[] args) throws Exception {
    String dbUrl =
        System.getenv()
            .getOrDefault("BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/eoffice_bench");
    String dbUser = System.getenv().getOrDefault("BENCH_DB_USER", "postgres");
    // Quick: every step with tiny sizes, to see that the benchmark still runs to the end.
    boolean quick = Boolean.parseBoolean(System.getenv().getOrDefault("BENCH_QUICK", "false"));
    int seconds = Installation.setting("BENCH_SECONDS", quick ? 2 : 10);
    int warmUp = Installation.setting("BENCH_WARMUP_SECONDS", quick ? 4 : 120);
    int rounds = Installation.setting("BENCH_ROUNDS", quick ? 1 : 3);
    int backlog = Installation.setting("BENCH_AUDIT_BACKLOG", quick ? 5_000 : 200_000);
    if (quick) {
      OUT.println("Quick mode: tiny sizes, to check that every step runs; no figures to keep");
    }
    if (rounds < 1) {
      throw new IllegalArgumentException("BENCH_ROUNDS must be 1 or more: " + rounds);
    }
    List<Integer> clientCounts =
        java.util.Arrays.stream(System.getenv().getOrDefault("BENCH_CLIENTS", "1,4,16").split(","))
            .map(String::strip)
            .map(Integer::valueOf)
            .toList();
    Matcher url = URL.matcher(dbUrl);
    if (!url.matches()) {
      throw new IllegalArgumentException("BENCH_DB_URL must be a PostgreSQL URL: " + dbUrl);
    }
    String host = url.group(1);
    String port = url.group(2) == null ? "5432" : url.group(2);
    String database = url.group(3);
    Path work = Installation.jarDirectory().resolve("bench");
    Path log = ContainerLog.toFile(work.resolve("container.log"));
    OUT.println("The application's log and console output: " + log.getParent());
    System.setOut(
        new java.io.PrintStream(
            Files.newOutputStream(log.resolveSibling("console.log")),
            true,
            StandardCharsets.UTF_8));
    Installation.recreate(host, port, database, dbUser);

    boolean failed = false;
    try (Container container = Installation.start(work, dbUrl, dbUser);
        AuditWatch audit = new AuditWatch(dbUrl, dbUser)) {
      // After the application's migrations, which want an empty schema to start from.
      run(pgbench(host, port, database, dbUser, "-i", "-q", "-s", "1"));
      URI probe = URI.create("http://127.0.0.1:18080/eoffice-benchmark-probe/run");
      OUT.printf("Warming up for %d s (4 clerks)…%n", warmUp);
      // A server is measured warm: on 2 cores the JIT compiler takes most of a core for the first
      // minutes of load, so the registration path runs that long before anything is measured. The
      // tables are analysed as they grow, as autovacuum does (it is off on some machines): plans
      // made while they were empty would scan them whole and slow the warm-up down.
      for (int left = warmUp; left > 0; left -= WARM_UP_STEP) {
        load(probe, 4, Math.min(left, WARM_UP_STEP));
        Installation.vacuumAnalyze(dbUrl, dbUser);
      }
      Installation.settle(dbUrl, dbUser);
      OUT.println();
      OUT.printf(
          "%-8s %26s %28s %7s %13s %6s %11s %18s %16s %14s%n",
          "clients",
          "pgbench simple-update TPS",
          "e-Office registrations/s",
          "ratio",
          "round ratios",
          "gaps",
          "duplicates",
          "clerk CPU µs/reg",
          "max seal lag s",
          "all sealed s");
      double highest = 0;
      for (int clients : clientCounts) {
        double[] tps = new double[rounds];
        double[] perSecond = new double[rounds];
        double[] ratios = new double[rounds];
        double[] cpu = new double[rounds];
        double maxLag = 0;
        double maxDrain = 0;
        long gaps = 0;
        long duplicates = 0;
        // pgbench and e-Office take turns, so that a slow moment of the machine (a neighbour on the
        // host, a checkpoint) falls on both alike; the medians are compared.
        for (int round = 0; round < rounds; round++) {
          Installation.settle(
              dbUrl, dbUser); // nor does pgbench run beside the last measurement's backlog
          tps[round] = pgbenchTps(host, port, database, dbUser, clients, seconds);
          // pgbench vacuums its tables before each run; the application's tables get the same,
          // which is what autovacuum does in production (it is switched off on some machines).
          // ANALYZE also makes PostgreSQL re-plan statements prepared while the tables were small.
          Installation.vacuumAnalyze(dbUrl, dbUser);
          Installation.settle(dbUrl, dbUser);
          audit.start();
          String[] ours = load(probe, clients, seconds).split(" ");
          maxDrain = Math.max(maxDrain, audit.drained(DRAIN_GOAL_SECONDS));
          maxLag = Math.max(maxLag, audit.maxLag());
          perSecond[round] = Double.parseDouble(ours[2]);
          ratios[round] = 100 * perSecond[round] / tps[round];
          gaps += Long.parseLong(ours[3]);
          duplicates += Long.parseLong(ours[4]);
          cpu[round] = Double.parseDouble(ours[5]);
        }
        java.util.Arrays.sort(ratios);
        OUT.printf(
            Locale.ROOT,
            "%-8d %26.0f %28.0f %6.0f%% %13s %6d %11d %18.0f %16.2f %14.2f%n",
            clients,
            Installation.median(tps),
            Installation.median(perSecond),
            100 * Installation.median(perSecond) / Installation.median(tps),
            String.format(Locale.ROOT, "%.0f–%.0f%%", ratios[0], ratios[rounds - 1]),
            gaps,
            duplicates,
            Installation.median(cpu),
            maxLag,
            maxDrain);
        highest = Math.max(highest, java.util.Arrays.stream(perSecond).max().orElse(0));
        if (gaps + duplicates > 0) {
          OUT.printf(
              "FAILED: %d gaps and %d repeated numbers at %d clients%n", gaps, duplicates, clients);
          failed = true;
        }
      }
      failed |= !auditFigures(audit, probe, backlog, highest);
    }
    if (failed) {
      System.exit(1);
    }
  }

  /**
   * The sealer's rate on a backlog beside the highest registration rate of the run, and the whole
   * chain verified; false when the chain is not intact.
   */
  private static boolean auditFigures(AuditWatch audit, URI probe, int backlog, double highest)
      throws Exception {
    double sealing = audit.backlogRate(backlog);
    OUT.println();
    OUT.printf(
        Locale.ROOT,
        "Audit sealing: %,.0f entries/s on a backlog of %,d; highest registration rate %,.0f/s;"
            + " %.1f× (goal ≥ 3×)%n",
        sealing,
        backlog,
        highest,
        sealing / highest);
    long entries = audit.entries();
    String[] verification =
        Installation.post(URI.create(probe.resolve("audit").toString()), 600).split(" ");
    boolean intact = Boolean.parseBoolean(verification[1]);
    long checked = Long.parseLong(verification[0]);
    OUT.printf(
        Locale.ROOT,
        "Audit chain: %,d of %,d entries verified in %s s, %s%n",
        checked,
        entries,
        verification[3],
        intact ? "intact" : "NOT INTACT (" + verification[2] + " findings)");
    if (!intact || checked < entries) {
      OUT.println("FAILED: the audit chain does not verify over every entry written");
      return false;
    }
    return true;
  }

  private static String load(URI probe, int clients, int seconds) throws Exception {
    return Installation.post(
        URI.create(probe + "?clients=" + clients + "&seconds=" + seconds), seconds + 120L);
  }

  private static double pgbenchTps(
      String host, String port, String database, String user, int clients, int seconds)
      throws Exception {
    String output =
        run(
            pgbench(
                host,
                port,
                database,
                user,
                "-b",
                "simple-update",
                "-c",
                String.valueOf(clients),
                "-j",
                String.valueOf(Math.min(clients, 2)),
                "-T",
                String.valueOf(seconds)));
    Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
    if (!tps.find()) {
      throw new IllegalStateException("pgbench printed no TPS:\n" + output);
    }
    return Double.parseDouble(tps.group(1));
  }

  private static List<String> pgbench(
      String host, String port, String database, String user, String... options) {
    List<String> command =
        new java.util.ArrayList<>(List.of("pgbench", "-h", host, "-p", port, "-U", user));
    command.addAll(List.of(options));
    command.add(database);
    return command;
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
    return output;
  }
}
