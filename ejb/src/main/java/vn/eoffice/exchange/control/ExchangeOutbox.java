package vn.eoffice.exchange.control;

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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.eoffice.platform.control.BackgroundWork;
import vn.eoffice.platform.control.Leases;
import vn.eoffice.platform.control.Settings;
import vn.eoffice.platform.entity.AgencyScope;

/**
 * Delivers the outbox: every second, on the one node that holds the lease {@value #LEASE}, the
 * messages whose attempt is due, oldest first, each in its agency's scope and its own transaction
 * (see {@link OutboxDelivery}), until none is due. What is left to deliver is in the database, so a
 * restart or another node carries on where this one stopped.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ExchangeOutbox {

  private static final Logger LOG = Logger.getLogger(ExchangeOutbox.class.getName());

  static final String LEASE = "exchange-outbox";
  private static final Duration LEASE_LENGTH = Duration.ofSeconds(30);
  private static final int BATCH = 20;

  /** How many deliveries run at once ({@code EOFFICE_EXCHANGE_OUTBOX_PARALLEL}). */
  static int parallel() {
    return Math.max(1, Settings.getInt("eoffice.exchange.outbox-parallel", 4));
  }

  @PersistenceContext EntityManager em;
  @Resource TimerService timers;
  @Resource SessionContext context;
  @EJB OutboxDelivery delivery;
  @EJB Leases leases;
  @EJB BackgroundWork work;

  private final AtomicBoolean busy = new AtomicBoolean();
  private ExecutorService executor;
  private volatile boolean closing;
  private volatile String lastFailure;

  @PostConstruct
  void start() {
    int threads = parallel();
    executor =
        Executors.newFixedThreadPool(
            threads,
            runnable -> {
              Thread thread = new Thread(runnable, "exchange-outbox");
              thread.setDaemon(true);
              return thread;
            });
    startTimer();
    ExchangeOutbox self = context.getBusinessObject(ExchangeOutbox.class);
    work.register(LEASE, self::restart, self::halt);
  }

  private void startTimer() {
    long interval = Settings.getInt("eoffice.exchange.outbox-interval-ms", 1000);
    timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
  }

  /** Makes the timer anew and delivers at once (see {@link BackgroundWork}). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void restart() {
    halt();
    startTimer();
    deliverDue();
  }

  public void halt() {
    timers.getTimers().forEach(jakarta.ejb.Timer::cancel);
  }

  @PreDestroy
  void stop() {
    closing = true;
    executor.shutdown();
    try {
      halt();
      leases.releaseOnStop(LEASE);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "the outbox's lease could not be given back; it expires by itself", e);
    }
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void deliverDue() {
    work.ticked(LEASE);
    if (closing || !busy.compareAndSet(false, true)) {
      return;
    }
    try {
      if (!leases.take(LEASE, LEASE_LENGTH)) {
        return;
      }
      long renewed = System.nanoTime();
      List<Object[]> due;
      do {
        due = due();
        // A few at once: while one receiver works on a package, the next one is written and sent.
        List<Future<?>> attempts = new ArrayList<>();
        for (Object[] row : due) {
          long id = ((Number) row[0]).longValue();
          long agency = ((Number) row[1]).longValue();
          attempts.add(
              executor.submit(
                  () -> {
                    try {
                      AgencyScope.run(agency, () -> delivery.attempt(id));
                    } catch (RuntimeException e) {
                      LOG.log(
                          Level.WARNING, "the outbox message " + id + " could not be attempted", e);
                    }
                  }));
        }
        for (Future<?> attempt : attempts) {
          try {
            attempt.get();
          } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "an outbox attempt failed", e.getCause());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          work.ticked(LEASE);
        }
        if (System.nanoTime() - renewed > Duration.ofSeconds(10).toNanos()) {
          if (!leases.take(LEASE, LEASE_LENGTH)) {
            return;
          }
          renewed = System.nanoTime();
        }
      } while (due.size() == BATCH && !closing);
      lastFailure = null;
    } catch (RuntimeException | Error e) {
      if (lastFailure == null) {
        LOG.log(Level.WARNING, "The exchange outbox could not run; it tries again every tick", e);
      }
      lastFailure = String.valueOf(e.getMessage());
    } finally {
      busy.set(false);
    }
  }

  /** The messages due now, every agency's (native: each is then handled in its agency's scope). */
  @SuppressWarnings("unchecked")
  private List<Object[]> due() {
    return em.createNativeQuery(
            "SELECT id, agency_id FROM exchange_outbox WHERE state = 'PENDING'"
                + " AND next_attempt_at <= ? ORDER BY next_attempt_at, id")
        .setParameter(1, Timestamp.from(Instant.now()))
        .setMaxResults(BATCH)
        .getResultList();
  }
}
