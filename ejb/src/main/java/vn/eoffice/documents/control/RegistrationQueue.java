package vn.eoffice.documents.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import vn.eoffice.documents.boundary.DocumentView;

/**
 * Group commit for registrations. Gapless numbers make registrations of one register wait for each
 * other's commit; rather than commit one by one, the clerk whose turn it is writes every
 * registration waiting at that moment in one transaction, one flush to disk for all. Clerks who
 * arrive meanwhile queue up and are written in the next batch, in arrival order.
 *
 * <p>When a batch fails, each of its registrations is tried again alone, so one bad registration
 * fails only its own clerk; a failed transaction rolls its numbers back, so nothing is skipped.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RegistrationQueue {

  /** Enough to carry a busy office's peak; larger batches only hold the counter longer. */
  static final int MAX_BATCH = 64;

  private final Queue<IncomingRegistration> waiting = new ConcurrentLinkedQueue<>();
  private final ReentrantLock turn = new ReentrantLock(true);

  @EJB RegistrationWriter writer;

  /** Writes the registration (with whoever else is waiting) and returns its document. */
  public DocumentView register(IncomingRegistration registration) {
    waiting.add(registration);
    turn.lock();
    try {
      while (!registration.answer().isDone()) {
        writeWaiting();
      }
    } finally {
      turn.unlock();
    }
    try {
      return registration.answer().join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
    }
  }

  private void writeWaiting() {
    List<IncomingRegistration> batch = new ArrayList<>();
    IncomingRegistration next;
    while (batch.size() < MAX_BATCH && (next = waiting.poll()) != null) {
      batch.add(next);
    }
    if (batch.isEmpty()) {
      return;
    }
    try {
      answer(batch, writer.write(batch));
    } catch (RuntimeException failure) {
      if (batch.size() == 1) {
        batch.get(0).answer().completeExceptionally(failure);
        return;
      }
      for (IncomingRegistration alone : batch) {
        try {
          answer(List.of(alone), writer.write(List.of(alone)));
        } catch (RuntimeException e) {
          alone.answer().completeExceptionally(e);
        }
      }
    }
  }

  private static void answer(List<IncomingRegistration> batch, List<DocumentView> views) {
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).answer().complete(views.get(i));
    }
  }
}
