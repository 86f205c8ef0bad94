package vn.eoffice.platform.entity;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The agency whose records the current thread works on. Every query of an {@link AgencyRecord}
 * reads only that agency's rows (the persistence unit adds the condition, see {@link
 * AgencyRecord}), and every new record is stamped with it. A service call is given its caller's
 * agency on the way in (see {@code AgencyScoping}); background work names the agency itself with
 * {@link #call}, one agency at a time. A query reads the agency in scope when it runs; what a
 * persistence context has read already it keeps, so work for another agency is best done in a
 * transaction of its own.
 *
 * <p>With no agency in scope, a query of an agency's records fails rather than reading everyone's.
 */
public final class AgencyScope {

  /** The persistence context property that carries the agency's id into the queries. */
  public static final String PROPERTY = "eofficeAgency";

  private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

  private AgencyScope() {}

  /** The agency in scope on this thread, if any. */
  public static Optional<Long> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** The agency in scope; fails when there is none. */
  public static long required() {
    Long agency = CURRENT.get();
    if (agency == null) {
      throw new IllegalStateException("No agency in scope on this thread");
    }
    return agency;
  }

  /** Runs {@code work} for {@code agencyId}, then puts back whatever was in scope before. */
  public static <T> T call(long agencyId, Callable<T> work) throws Exception {
    Long before = CURRENT.get();
    CURRENT.set(agencyId);
    try {
      return work.call();
    } finally {
      restore(before);
    }
  }

  /** {@link #call} for work that throws no checked exception. */
  public static <T> T supply(long agencyId, Supplier<T> work) {
    Long before = CURRENT.get();
    CURRENT.set(agencyId);
    try {
      return work.get();
    } finally {
      restore(before);
    }
  }

  /** {@link #call} for work that throws no checked exception and answers nothing. */
  public static void run(long agencyId, Runnable work) {
    supply(
        agencyId,
        () -> {
          work.run();
          return null;
        });
  }

  private static void restore(Long before) {
    if (before == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(before);
    }
  }
}
