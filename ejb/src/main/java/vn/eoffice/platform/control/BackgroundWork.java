package vn.eoffice.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The work this node does in the background on timers of its own (the search index following its
 * journal, the audit sealer, the signature screening), watched: each worker reports every tick of
 * its timer, and one whose timer has not ticked for {@link #overdue()} is reported down (the health
 * endpoint turns red) and, after {@link #restartAfter()}, restarted: its timer made anew and one
 * round of its work run at once. A timer thread lost to an error that no request should have been
 * able to cause (memory exhausted, say) then stops nothing for long.
 *
 * <p>What is watched is this node's own liveness, kept in its memory and rebuilt with it; the work
 * itself, where it must run once, is under a database lease ({@link Leases}).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BackgroundWork {

  private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());

  /**
   * What a worker lets the watch do to it.
   *
   * @param restart makes its timer anew and runs one round of its work now
   * @param halt stops its timer as a lost timer thread would (drills and tests)
   */
  private record Worker(Runnable restart, Runnable halt) {}

  /** One kind of work as the health endpoint shows it. */
  public record Status(String name, boolean up, Instant lastTick, long restarts) {}

  private static final class Watched {
    final Worker worker;
    volatile Instant lastTick;
    volatile long restarts;
    volatile boolean reportedDown;

    Watched(Worker worker, Instant now) {
      this.worker = worker;
      this.lastTick = now;
    }
  }

  @Resource ManagedScheduledExecutorService executor;

  private final Map<String, Watched> work = new ConcurrentHashMap<>();
  private ScheduledFuture<?> watch;

  @PostConstruct
  void start() {
    long every = Math.max(100, overdue().toMillis() / 4);
    watch = executor.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (watch != null) {
      watch.cancel(false);
    }
  }

  /** A timer that has not ticked for this long is reported down. */
  static Duration overdue() {
    return Duration.ofMillis(Settings.getInt("eoffice.work.overdue-ms", 5000));
  }

  /** A timer that has not ticked for this long is made anew. */
  static Duration restartAfter() {
    return Duration.ofMillis(Settings.getInt("eoffice.work.restart-ms", 15000));
  }

  /**
   * Watches the work {@code name} from now on.
   *
   * @param restart makes the work's timer anew and runs one round of it now
   * @param halt stops the work's timer, as a lost timer thread would (drills and tests)
   */
  public void register(String name, Runnable restart, Runnable halt) {
    work.put(name, new Watched(new Worker(restart, halt), Instant.now()));
  }

  /** The worker's timer ticked: it is alive, whether or not it had anything to do. */
  public void ticked(String name) {
    Watched watched = work.get(name);
    if (watched != null) {
      watched.lastTick = Instant.now();
      if (watched.reportedDown) {
        watched.reportedDown = false;
        LOG.info(() -> "The background work " + name + " runs again");
      }
    }
  }

  /** Stops the work's timer, as a crashed timer thread would leave it (drills and tests). */
  public void halt(String name) {
    Watched watched = work.get(name);
    if (watched == null) {
      throw new IllegalArgumentException("no background work is called " + name);
    }
    watched.worker.halt().run();
  }

  /** Every watched work, by name. */
  public List<Status> status() {
    Instant late = Instant.now().minus(overdue());
    return work.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            e ->
                new Status(
                    e.getKey(),
                    e.getValue().lastTick.isAfter(late),
                    e.getValue().lastTick,
                    e.getValue().restarts))
        .toList();
  }

  /** Restarts the work whose timer has stopped; never lets an error end the watch. */
  private void check() {
    Instant now = Instant.now();
    work.forEach(
        (name, watched) -> {
          try {
            Duration silent = Duration.between(watched.lastTick, now);
            if (silent.compareTo(overdue()) > 0 && !watched.reportedDown) {
              watched.reportedDown = true;
              LOG.warning(
                  () ->
                      "The background work "
                          + name
                          + " has not run for "
                          + silent.toSeconds()
                          + " s");
            }
            if (silent.compareTo(restartAfter()) > 0) {
              watched.restarts++;
              LOG.warning(() -> "Restarting the background work " + name);
              watched.lastTick = now; // the next restart only if this one does not take
              watched.worker.restart().run();
            }
          } catch (Throwable e) {
            LOG.log(Level.SEVERE, "The background work " + name + " could not be restarted", e);
          }
        });
  }
}
