package vn.eoffice.documents.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import vn.eoffice.documents.boundary.DocumentView;

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
 * <p>When a batch fails, each of its registrations is tried again alone, so one bad registration
 * fails only its own clerk; a failed transaction rolls its numbers back, so nothing is skipped.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RegistrationQueue {

  /** Enough to carry a busy office's peak; larger batches only hold the counter longer. */
  static final int MAX_BATCH = 64;

  /** Guards {@link #waiting} and {@link #leading}. */
  private final Object lock = new Object();

  private final ArrayDeque<IncomingRegistration> waiting = new ArrayDeque<>();
  private boolean leading;

  @EJB RegistrationWriter writer;

  /** Writes the registration (with whoever else is waiting) and returns its document. */
  public DocumentView register(IncomingRegistration registration) {
    boolean lead;
    synchronized (lock) {
      waiting.add(registration);
      lead = !leading;
      leading = true;
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
        while (batch.size() < MAX_BATCH && !waiting.isEmpty()) {
          batch.add(waiting.poll());
        }
      }
      try {
        write(batch);
      } catch (RuntimeException | Error unexpected) {
        batch.forEach(r -> r.fail(unexpected));
      }
      synchronized (lock) {
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

  private void write(List<IncomingRegistration> batch) {
    try {
      answer(batch, writer.write(batch));
    } catch (RuntimeException failure) {
      if (batch.size() == 1) {
        batch.get(0).fail(failure);
        return;
      }
      for (IncomingRegistration alone : batch) {
        try {
          answer(List.of(alone), writer.write(List.of(alone)));
        } catch (RuntimeException e) {
          alone.fail(e);
        }
      }
    }
  }

  private static void answer(List<IncomingRegistration> batch, List<DocumentView> views) {
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).answer(views.get(i));
    }
  }
}
