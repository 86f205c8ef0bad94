package vn.eoffice.documents.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import vn.eoffice.documents.boundary.DocumentView;
import vn.eoffice.platform.entity.AgencyScope;

/**
 * Group commit for registrations. Gapless numbers make registrations of one register wait for each
 * other's commit; rather than commit one by one, one clerk at a time (the leader) writes every
 * registration waiting at that moment in one transaction, one flush to disk for all. Clerks who
 * arrive meanwhile queue up and are written in the next batch, in arrival order.
 *
 * <p>The others just wait for their answer. When the leader's own registration is written and
 * someone is still waiting, the first of them leads next; so a clerk whose registration went in a
 * batch is never held up by the ones after it, and a batch starts as soon as the last one ends.
 *
 * <p>A leader about to write waits briefly for the registrations other clerks have started and are
 * still checking (see {@link #gather}); with four clerks at work a batch then holds about four
 * registrations instead of two, each commit (one flush to disk) serving twice as many.
 *
 * <p>A registration the batch refuses as a possible duplicate fails with {@link RegisteredAlready}.
 * When a batch fails, each of its registrations is tried again alone, so one bad registration fails
 * only its own clerk; a failed transaction rolls its numbers back, so nothing is skipped.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// Each batch has its own transaction (RegistrationWriter); the queue itself needs none.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegistrationQueue {

  /** Enough to carry a busy office's peak; larger batches only hold the counter longer. */
  static final int MAX_BATCH = 64;

  /**
   * The longest a leader waits for registrations still being prepared, whatever the writes take.
   */
  static final long MAX_GATHER_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

  /** Guards {@link #waiting}, {@link #leading}, {@link #preparing} and {@link #writeNanos}. */
  private final Object lock = new Object();

  private final ArrayDeque<IncomingRegistration> waiting = new ArrayDeque<>();
  private boolean leading;

  /** Clerks between {@link #arriving} and their registration's place in the queue. */
  private int preparing;

  /** How long a batch's transaction takes, averaged over the last few. */
  private long writeNanos;

  @EJB RegistrationWriter writer;
  @Inject IncomingRows rows;

  /**
   * A clerk has started a registration (its checks run before it is queued): a leader about to
   * write waits a moment for it. Followed by {@link #register} or, if the checks refuse it, by
   * {@link #withdrawn}.
   */
  public void arriving() {
    synchronized (lock) {
      preparing++;
    }
  }

  /** A registration announced by {@link #arriving} will not come. */
  public void withdrawn() {
    synchronized (lock) {
      preparing--;
      lock.notifyAll();
    }
  }

  /**
   * Writes the registration (with whoever else is waiting) and returns its document. The clerk has
   * announced it by {@link #arriving}.
   */
  public DocumentView register(IncomingRegistration registration) {
    boolean lead;
    synchronized (lock) {
      preparing--;
      waiting.add(registration);
      lead = !leading;
      leading = true;
      lock.notifyAll();
    }
    if (!lead) {
      registration.turn().join();
    }
    if (!registration.answer().isDone()) {
      lead(registration);
    }
    try {
      return registration.answer().join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
    }
  }

  /** Writes batches until the registration is written, then hands the lead on, if anyone waits. */
  private void lead(IncomingRegistration registration) {
    IncomingRegistration next;
    do {
      List<IncomingRegistration> batch = new ArrayList<>();
      synchronized (lock) {
        gather();
        // One agency and one year per batch, the oldest registration's: a batch numbers one
        // register's series, and a registration made after midnight on 31 December starts the
        // new year's, even when it waited beside the old year's last ones. The others keep
        // their order for the next batches.
        IncomingRegistration first = waiting.poll();
        batch.add(first);
        for (Iterator<IncomingRegistration> others = waiting.iterator();
            others.hasNext() && batch.size() < MAX_BATCH; ) {
          IncomingRegistration other = others.next();
          if (other.agencyId() == first.agencyId() && other.year() == first.year()) {
            others.remove();
            batch.add(other);
          }
        }
      }
      long started = System.nanoTime();
      try {
        write(batch);
      } catch (RuntimeException | Error unexpected) {
        batch.forEach(r -> r.fail(unexpected));
      }
      synchronized (lock) {
        writeNanos = (3 * writeNanos + (System.nanoTime() - started)) / 4;
        next = waiting.peek();
        if (next == null) {
          leading = false;
        }
      }
    } while (next != null && !registration.answer().isDone());
    if (next != null) {
      next.turn().complete(null);
    }
  }

  /**
   * Waits, holding off the batch, for the registrations other clerks are preparing at this moment,
   * at most as long as a batch takes to write (never more than {@link #MAX_GATHER_NANOS}): as in
   * PostgreSQL's commit_delay, they share this batch's commit instead of waiting for the next batch
   * and paying a commit of their own. A clerk alone never waits. Called holding {@link #lock}.
   */
  private void gather() {
    long deadline = System.nanoTime() + Math.min(writeNanos, MAX_GATHER_NANOS);
    while (preparing > 0 && waiting.size() < MAX_BATCH) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(lock, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void write(List<IncomingRegistration> batch) {
    try {
      answer(batch, written(batch));
    } catch (RuntimeException failure) {
      if (batch.size() == 1) {
        batch.get(0).fail(failure);
        return;
      }
      for (IncomingRegistration alone : batch) {
        try {
          answer(List.of(alone), written(List.of(alone)));
        } catch (RuntimeException e) {
          alone.fail(e);
        }
      }
    }
  }

  /**
   * On PostgreSQL one statement, its own transaction; elsewhere one transaction of the provider.
   */
  private List<DocumentView> written(List<IncomingRegistration> batch) {
    // The leader may write another agency's batch: it does so in that agency's scope.
    return AgencyScope.supply(
        batch.get(0).agencyId(), () -> rows.available() ? rows.write(batch) : writer.write(batch));
  }

  /** Each clerk's answer: the document, or the refusal of a possible duplicate (a null view). */
  private static void answer(List<IncomingRegistration> batch, List<DocumentView> views) {
    for (int i = 0; i < batch.size(); i++) {
      DocumentView view = views.get(i);
      if (view == null) {
        batch.get(i).fail(new RegisteredAlready());
      } else {
        batch.get(i).answer(view);
      }
    }
  }
}
