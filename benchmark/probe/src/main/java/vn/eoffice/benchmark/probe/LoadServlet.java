package vn.eoffice.benchmark.probe;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * {@code POST /run?clients=N&seconds=S[&agency=ID][&count=C]}: N threads register documents back to
 * back for S seconds (or until C are registered) in the agency's incoming register (by default the
 * demo clerk's agency); answers {@code registrations seconds perSecond gaps duplicates cpu} on one
 * line, where gaps and duplicates are counted in the database over the numbers this run gave and
 * cpu is the clerk threads' CPU time per registration in microseconds (the JVM's own threads, GC
 * and JIT, aside).
 */
@WebServlet("/run")
public class LoadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();
  private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

  @EJB private transient RegistrationLoad load;

  /** Each clerk thread works inside a request context, as a clerk's HTTP requests do. */
  @Inject private transient Instance<RequestContextController> requestContexts;

  @Resource(name = "eofficeDb")
  private transient DataSource database;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int clients = Integer.parseInt(request.getParameter("clients"));
    long agency =
        request.getParameter("agency") == null
            ? agencyOf("vanthu")
            : Long.parseLong(request.getParameter("agency"));
    double seconds =
        request.getParameter("seconds") == null
            ? 3600
            : Double.parseDouble(request.getParameter("seconds"));
    // With count, the clerks stop once that many are registered (filling a register).
    AtomicLong left =
        new AtomicLong(
            request.getParameter("count") == null
                ? Long.MAX_VALUE
                : Long.parseLong(request.getParameter("count")));
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    List<Thread> threads = new ArrayList<>();
    List<int[]> counts = new ArrayList<>();
    AtomicLong cpuNanos = new AtomicLong();
    int[] range = {Integer.MAX_VALUE, 0};
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int[] count = new int[1];
      counts.add(count);
      Thread thread =
          new Thread(
              () -> {
                RequestContextController requestContext = requestContexts.get();
                requestContext.activate();
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                try {
                  while (System.nanoTime() < deadline && left.getAndDecrement() > 0) {
                    int number = load.registerOne(agency, SERIAL.incrementAndGet());
                    count[0]++;
                    synchronized (range) {
                      range[0] = Math.min(range[0], number);
                      range[1] = Math.max(range[1], number);
                    }
                  }
                } finally {
                  cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuStart);
                  requestContext.deactivate();
                }
              },
              "clerk-" + c);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long registrations = counts.stream().mapToLong(c -> c[0]).sum();
    long[] check = check(agency, range[0], range[1]);
    response.setContentType("text/plain");
    response
        .getWriter()
        .printf(
            java.util.Locale.ROOT,
            "%d %.2f %.1f %d %d %.0f%n",
            registrations,
            elapsed,
            registrations / elapsed,
            check[0],
            check[1],
            cpuNanos.get() / 1e3 / Math.max(1, registrations));
  }

  /** The agency of an account. */
  private long agencyOf(String username) throws IOException {
    try (Connection connection = database.getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT agency_id FROM user_account WHERE username = ?")) {
      query.setString(1, username);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new IOException("no account " + username);
        }
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }

  /** Gaps and repeats among the incoming numbers from {@code first} to {@code last} this year. */
  private long[] check(long agency, int first, int last) throws IOException {
    String sql =
        "SELECT COUNT(d.number), COUNT(DISTINCT d.number) FROM document d"
            + " JOIN document_register r ON r.id = d.register_id"
            + " WHERE r.direction = 'INCOMING' AND r.agency_id = ? AND d.register_year = ?"
            + " AND d.number BETWEEN ? AND ?";
    try (Connection connection = database.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setLong(1, agency);
      query.setInt(2, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear());
      query.setInt(3, first);
      query.setInt(4, last);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        long expected = last - first + 1L;
        return new long[] {expected - row.getLong(2), row.getLong(1) - row.getLong(2)};
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }
}
