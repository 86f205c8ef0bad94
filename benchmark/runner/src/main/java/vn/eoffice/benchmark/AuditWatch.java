package vn.eoffice.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The audit chain seen from the database while the benchmark runs: how far behind the sealer is
 * (the age of the oldest entry not chained yet), how long it takes to catch up once the clerks
 * stop, and how fast it chains a backlog.
 */
final class AuditWatch implements AutoCloseable {

  /** How often the lag is read while clerks work. */
  private static final long SAMPLE_MILLIS = 100;

  /**
   * Seconds since the oldest waiting entry was written. The application writes its timestamps in
   * the JVM's zone, which is this JVM's, and so is the driver's session zone: localtimestamp
   * compares like with like.
   */
  private static final String LAG =
      "SELECT COALESCE(EXTRACT(EPOCH FROM localtimestamp - min(e.occurred_at)), 0)"
          + " FROM audit_pending p JOIN audit_entry e ON e.id = p.entry_id";

  private final Connection connection;
  private final PreparedStatement lag;
  private final AtomicBoolean watching = new AtomicBoolean();
  private volatile double maxLag;
  private Thread sampler;

  AuditWatch(String dbUrl, String user) throws SQLException {
    connection = DriverManager.getConnection(dbUrl, user, "");
    lag = connection.prepareStatement(LAG);
  }

  /** Starts reading the lag every tenth of a second, from a thread of its own. */
  void start() {
    maxLag = 0;
    watching.set(true);
    sampler =
        new Thread(
            () -> {
              while (watching.get()) {
                try {
                  maxLag = Math.max(maxLag, lag());
                  Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              }
            },
            "audit-lag");
    sampler.setDaemon(true);
    sampler.start();
  }

  /**
   * Once the load has stopped: waits until every entry is chained, at most {@code limitSeconds},
   * and returns the seconds it took (or more than the limit); the lag's maximum includes this wait.
   */
  double drained(double limitSeconds) throws Exception {
    long start = System.nanoTime();
    long deadline = start + (long) (limitSeconds * 1e9) + TimeUnit.SECONDS.toNanos(1);
    try {
      while (waiting() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      return (System.nanoTime() - start) / 1e9;
    } finally {
      watching.set(false);
      sampler.join();
    }
  }

  /** The largest lag, in seconds, since {@link #start}. */
  double maxLag() {
    return maxLag;
  }

  /**
   * Writes {@code count} audit entries at once, as many services would have in a busy moment while
   * the sealer was away, and returns how many the sealer chains per second until nothing waits
   * (counted from the commit of the backlog, so including the wait for the sealer's next tick).
   */
  double backlogRate(int count) throws Exception {
    int blocks = (count + 49) / 50;
    try (Statement sql = connection.createStatement()) {
      // Ids from the application's own sequence, fifty to each value as the provider takes them.
      sql.execute(
          "WITH blocks AS (SELECT nextval('audit_entry_seq') AS last"
              + " FROM generate_series(1, "
              + blocks
              + ")),"
              + " ids AS (SELECT last - k AS id FROM blocks, generate_series(0, 49) k),"
              + " entries AS (INSERT INTO audit_entry (id, occurred_at, actor, origin, action,"
              + " object_type, object_id, detail) SELECT id, localtimestamp, 'benchmark',"
              + " '127.0.0.1', 'DOCUMENT_CHANGED', 'Document', CAST(id AS text),"
              + " 'V/v báo cáo số liệu phục vụ đo hiệu năng — UBND huyện Mẫu ' || id"
              + " FROM ids RETURNING id)"
              + " INSERT INTO audit_pending (entry_id) SELECT id FROM entries");
    }
    long start = System.nanoTime();
    while (waiting() > 0) {
      if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(10)) {
        throw new IllegalStateException("the sealer did not chain a backlog in ten minutes");
      }
      Thread.sleep(10);
    }
    return blocks * 50 / ((System.nanoTime() - start) / 1e9);
  }

  long entries() throws SQLException {
    return single("SELECT count(*) FROM audit_entry");
  }

  private long waiting() throws SQLException {
    return single("SELECT count(*) FROM audit_pending");
  }

  private long single(String query) throws SQLException {
    synchronized (connection) {
      try (Statement sql = connection.createStatement();
          ResultSet row = sql.executeQuery(query)) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private double lag() throws SQLException {
    synchronized (connection) {
      try (ResultSet row = lag.executeQuery()) {
        row.next();
        return row.getDouble(1);
      }
    }
  }

  @Override
  public void close() throws SQLException {
    watching.set(false);
    connection.close();
  }
}
