package vn.eoffice.app.probe;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Deployed by the tests only. {@code POST /audit-race?entries=N&sealers=K}: one thread writes N
 * audit entries in transactions of 100 while K threads chain batches of the waiting ones, each
 * batch in a transaction of its own as a sealer on another node would (the application's own sealer
 * keeps working beside them); answers {@code written sealed failures} and the first failure. {@code
 * POST /lease?name=…&holder=…&seconds=…} takes a lease for a named holder and answers {@code true}
 * or {@code false}; {@code &release=true} gives it back.
 */
@WebServlet({"/audit-race", "/lease"})
public class AuditRaceProbeServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final int WRITES_PER_TRANSACTION = 100;

  @Resource private transient UserTransaction transaction;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      String answer =
          request.getServletPath().equals("/lease")
              ? lease(
                  request.getParameter("name"),
                  request.getParameter("holder"),
                  Integer.parseInt(request.getParameter("seconds")),
                  Boolean.parseBoolean(request.getParameter("release")))
              : race(
                  Integer.parseInt(request.getParameter("entries")),
                  Integer.parseInt(request.getParameter("sealers")));
      response.setContentType("text/plain");
      response.getWriter().print(answer);
    } catch (Exception e) {
      response.sendError(500, e.toString());
    }
  }

  private String lease(String name, String holder, int seconds, boolean release)
      throws ReflectiveOperationException, NamingException {
    Object leases = new InitialContext().lookup("java:app/eoffice-ejb/Leases");
    if (release) {
      leases
          .getClass()
          .getMethod("release", String.class, String.class)
          .invoke(leases, name, holder);
      return "released";
    }
    return leases
        .getClass()
        .getMethod("take", String.class, String.class, java.time.Duration.class)
        .invoke(leases, name, holder, java.time.Duration.ofSeconds(seconds))
        .toString();
  }

  private String race(int entries, int sealers) throws Exception {
    Object log = new InitialContext().lookup("java:app/eoffice-ejb/AuditLog");
    Object writer = new InitialContext().lookup("java:app/eoffice-ejb/AuditChainWriter");
    ClassLoader application = log.getClass().getClassLoader();
    @SuppressWarnings({"unchecked", "rawtypes"})
    Object action =
        Enum.valueOf(
            (Class<Enum>) Class.forName("vn.eoffice.audit.entity.AuditAction", true, application),
            "DOCUMENT_CHANGED");
    Method record =
        log.getClass()
            .getMethod(
                "recordAs",
                String.class,
                String.class,
                action.getClass(),
                String.class,
                Object.class,
                String.class);
    Method sealBatch = writer.getClass().getMethod("sealBatch", int.class);
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicLong sealed = new AtomicLong();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int s = 0; s < sealers; s++) {
      Thread sealer =
          new Thread(
              () -> {
                try {
                  // Until the writer is done and nothing waits any more.
                  while (true) {
                    boolean last = !writing.get();
                    int chained = (Integer) sealBatch.invoke(writer, 250);
                    sealed.addAndGet(chained);
                    if (last && chained == 0) {
                      return;
                    }
                  }
                } catch (InvocationTargetException e) {
                  failures.add(String.valueOf(e.getCause()));
                } catch (ReflectiveOperationException | RuntimeException e) {
                  failures.add(e.toString());
                }
              },
              "race-sealer-" + s);
      threads.add(sealer);
      sealer.start();
    }
    int written = 0;
    try {
      while (written < entries) {
        transaction.begin();
        try {
          for (int i = 0; i < WRITES_PER_TRANSACTION && written < entries; i++, written++) {
            record.invoke(
                log, "race-probe", "127.0.0.1", action, "Probe", written, "entry " + written);
          }
          transaction.commit();
        } catch (Exception e) {
          transaction.rollback();
          throw e;
        }
      }
    } finally {
      writing.set(false);
      for (Thread thread : threads) {
        thread.join();
      }
    }
    return written + " " + sealed.get() + " " + failures.size() + " " + failures.peek();
  }
}
