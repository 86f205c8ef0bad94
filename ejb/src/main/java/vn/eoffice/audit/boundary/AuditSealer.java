package vn.eoffice.audit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.eoffice.audit.control.AuditChainWriter;
import vn.eoffice.platform.control.BackgroundWork;
import vn.eoffice.platform.control.Leases;
import vn.eoffice.platform.control.Settings;

/**
 * Chains new audit entries. Sealing apart from writing keeps the services from queueing behind one
 * chain lock: they only insert, and the sealer alone moves the head. Each tick (every second by
 * default) it works until nothing waits, a batch per transaction, so the chain keeps up however
 * fast entries come. One node seals at a time, under the lease {@value #LEASE}; the head is also
 * locked in the database for each batch, so that even two sealers at once would never chain an
 * entry twice or fork the chain.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSealer {

  private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

  static final String LEASE = "audit-sealer";

  /** Entries chained per transaction: large enough to pay the commit once for many. */
  static final int BATCH = 2000;

  /** A node that stops renewing loses the lease after this long. */
  private static final Duration LEASE_LENGTH = Duration.ofSeconds(30);

  /** While it works, the sealer renews its lease at least this often. */
  private static final long RENEW_NANOS = TimeUnit.SECONDS.toNanos(10);

  @Resource TimerService timers;
  @Resource SessionContext context;
  @EJB AuditChainWriter writer;
  @EJB Leases leases;
  @EJB BackgroundWork work;

  private final AtomicBoolean busy = new AtomicBoolean();
  private final AtomicLong sealed = new AtomicLong();
  private final AtomicLong busyNanos = new AtomicLong();
  private volatile boolean holdsLease;
  private volatile Instant lastRun;
  private volatile String lastFailure;
  private volatile boolean closing;

  /** What the sealer has done since the application started, on this node. */
  public record Status(
      boolean holdsLease, long sealed, long busyMillis, Instant lastRun, String lastFailure) {}

  /** The timer starts only once the schema is migrated. */
  @PostConstruct
  void start() {
    startTimer();
    AuditSealer self = context.getBusinessObject(AuditSealer.class);
    work.register(LEASE, self::restart, self::halt);
  }

  private void startTimer() {
    long interval = Settings.getInt("eoffice.audit.seal-interval-ms", 1000);
    timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
  }

  /** Makes the timer anew and seals at once (see {@link BackgroundWork}). */
  public void restart() {
    halt();
    startTimer();
    onTimer();
  }

  /** Stops the timer, as a lost timer thread would (see {@link BackgroundWork#halt}). */
  public void halt() {
    timers.getTimers().forEach(jakarta.ejb.Timer::cancel);
  }

  @PreDestroy
  void stop() {
    closing = true;
    try {
      timers.getTimers().forEach(jakarta.ejb.Timer::cancel);
      leases.releaseOnStop(LEASE);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "the sealer's lease could not be given back; it expires by itself", e);
    }
  }

  @Timeout
  void onTimer() {
    work.ticked(LEASE);
    if (closing || !busy.compareAndSet(false, true)) {
      return; // the run before is still at work
    }
    try {
      if (leases.take(LEASE, LEASE_LENGTH)) {
        holdsLease = true;
        sealUntilCaughtUp(true);
      } else {
        holdsLease = false;
      }
      lastRun = Instant.now();
      if (lastFailure != null) {
        LOG.info("The audit sealer works again");
        lastFailure = null;
      }
    } catch (RuntimeException | Error e) {
      // The database is away, say: the next tick tries again. Told once, not every second.
      if (lastFailure == null) {
        LOG.log(Level.WARNING, "The audit sealer could not seal; it tries again every tick", e);
      }
      lastFailure = String.valueOf(e.getMessage());
    } finally {
      busy.set(false);
    }
  }

  /**
   * Seals everything committed so far, whichever node holds the lease (the head's lock keeps the
   * chain whole); returns how many entries this call sealed. Verification calls it first.
   */
  public long sealAll() {
    return sealUntilCaughtUp(false);
  }

  private long sealUntilCaughtUp(boolean renewing) {
    long start = System.nanoTime();
    long renewed = start;
    long total = 0;
    try {
      int chained;
      do {
        chained = writer.sealBatch(BATCH);
        work.ticked(LEASE); // busy, not stopped
        total += chained;
        sealed.addAndGet(chained);
        if (renewing && System.nanoTime() - renewed > RENEW_NANOS) {
          if (!leases.take(LEASE, LEASE_LENGTH)) {
            break; // taken over: this node was too slow to renew
          }
          renewed = System.nanoTime();
        }
      } while (chained == BATCH && !closing);
    } finally {
      busyNanos.addAndGet(System.nanoTime() - start);
    }
    return total;
  }

  public Status status() {
    return new Status(
        holdsLease,
        sealed.get(),
        TimeUnit.NANOSECONDS.toMillis(busyNanos.get()),
        lastRun,
        lastFailure);
  }
}
