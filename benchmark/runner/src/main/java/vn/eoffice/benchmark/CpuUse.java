package vn.eoffice.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The processor time spent by the benchmark's processes and by PostgreSQL between two moments, read
 * from {@code /proc} (Linux): to say where the time of a measurement went, beside the rate.
 */
record CpuUse(List<Duration> processes, Duration postgres, long machineBusy, long machineAll) {

  /** Clock ticks per second of {@code /proc} (USER_HZ, 100 on Linux everywhere we run). */
  private static final double TICKS = 100.0;

  static CpuUse now(List<Process> processes) {
    long[] machine = machine();
    return new CpuUse(
        processes.stream()
            .map(p -> p.toHandle().info().totalCpuDuration().orElse(Duration.ZERO))
            .toList(),
        postgresNow(),
        machine[0],
        machine[1]);
  }

  /**
   * The use since {@code before}: each process's and PostgreSQL's milliseconds per unit of work.
   */
  String since(CpuUse before, int units, List<String> names) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < processes.size(); i++) {
      line.append(
          String.format(
              java.util.Locale.ROOT,
              "%s %.1f ms, ",
              names.get(i),
              processes.get(i).minus(before.processes.get(i)).toNanos() / 1e6 / units));
    }
    double busy =
        machineAll == before.machineAll
            ? 0
            : 100.0 * (machineBusy - before.machineBusy) / (machineAll - before.machineAll);
    return line.append(
            String.format(
                java.util.Locale.ROOT,
                "PostgreSQL %.1f ms; the machine %.0f%% busy",
                postgres.minus(before.postgres).toNanos() / 1e6 / units,
                busy))
        .toString();
  }

  /** Busy and total ticks of every processor, from the first line of /proc/stat. */
  private static long[] machine() {
    try {
      String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long all = 0;
      for (int i = 1; i < fields.length; i++) {
        all += Long.parseLong(fields[i]);
      }
      long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
      return new long[] {all - idle, all};
    } catch (IOException | RuntimeException e) {
      return new long[] {0, 0};
    }
  }

  /** User and system time of every process called postgres that lives now. */
  private static Duration postgresNow() {
    long ticks = 0;
    try (Stream<Path> pids = Files.list(Path.of("/proc"))) {
      for (Path pid : pids.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        try {
          String stat = Files.readString(pid.resolve("stat"));
          int open = stat.indexOf('(');
          int close = stat.lastIndexOf(')');
          if (!stat.substring(open + 1, close).startsWith("postgres")) {
            continue;
          }
          String[] rest = stat.substring(close + 2).split(" ");
          // Fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the name.
          ticks += Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
        } catch (IOException | RuntimeException gone) {
          // the process ended meanwhile
        }
      }
    } catch (IOException e) {
      return Duration.ZERO;
    }
    return Duration.ofMillis(Math.round(ticks * 1000 / TICKS));
  }
}
