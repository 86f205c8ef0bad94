package vn.eoffice.platform.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import vn.eoffice.platform.entity.RequestKey;
import vn.eoffice.signing.DocumentFingerprint;

/**
 * Idempotency keys: each submission of a form carries one, and the request that first takes it is
 * the only one carried out; the same request arriving again is given the first one's answer. Kept
 * in the database, so that any node recognises a request another node took. Each step is a
 * transaction of its own, apart from the request's work.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RequestKeys {

  /** How long a key is remembered: far longer than any retry of a form. */
  public static final Duration KEPT = Duration.ofDays(1);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * Takes the key for this request; empty when taken now, else the earlier request's row (still
   * running when it has no status).
   */
  public Optional<RequestKey> take(String user, String key, String request) {
    String hash = hash(user, key);
    RequestKey earlier = em.find(RequestKey.class, hash);
    if (earlier != null) {
      return Optional.of(earlier);
    }
    try {
      em.persist(new RequestKey(hash, request, clock.instant()));
      em.flush();
    } catch (PersistenceException e) {
      // The same request arrived on another thread or node a moment earlier: it runs there.
      return Optional.of(new RequestKey(hash, request, clock.instant()));
    }
    // Now and then, whichever node takes a key clears those past keeping; any node may do it.
    if (ThreadLocalRandom.current().nextInt(200) == 0) {
      em.createNamedQuery(RequestKey.CLEAR_BEFORE)
          .setParameter("before", clock.instant().minus(KEPT))
          .executeUpdate();
    }
    return Optional.empty();
  }

  /** The request succeeded: its answer is kept for the same request arriving again. */
  public void answered(String user, String key, int status, String mediaType, String body) {
    RequestKey taken = em.find(RequestKey.class, hash(user, key));
    if (taken != null) {
      taken.answered(status, mediaType, body);
    }
  }

  /** The request was refused or failed, so nothing was done: the key may be sent again. */
  public void release(String user, String key) {
    RequestKey taken = em.find(RequestKey.class, hash(user, key));
    if (taken != null) {
      em.remove(taken);
    }
  }

  private static String hash(String user, String key) {
    return DocumentFingerprint.of((user + '\n' + key).getBytes(StandardCharsets.UTF_8)).sha256();
  }
}
