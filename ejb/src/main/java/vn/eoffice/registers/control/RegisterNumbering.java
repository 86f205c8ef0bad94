package vn.eoffice.registers.control;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.Supplier;
import vn.eoffice.platform.control.Databases;

/**
 * Gives the next numbers of a register's yearly series inside the caller's transaction.
 *
 * <p>The counter row is updated in place, so its row lock makes concurrent takers wait for each
 * other, and the numbers belong to the caller's transaction: a commit keeps them, a rollback gives
 * them back to the next taker. Numbers therefore come without gaps or duplicates, and a failed
 * registration or issue burns none. Callers take numbers as late as they can, because the row stays
 * locked until they commit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class RegisterNumbering {

  private static final String INCREMENT =
      "UPDATE register_counter SET last_number = last_number + ?3"
          + " WHERE register_id = ?1 AND counter_year = ?2";
  private static final String INCREMENT_RETURNING = INCREMENT + " RETURNING last_number";
  private static final String CURRENT =
      "SELECT last_number FROM register_counter WHERE register_id = ?1 AND counter_year = ?2";

  @PersistenceContext EntityManager em;
  @EJB RegisterCounters counters;

  /** The next number of the register's series for {@code year}: 1 for the first of the year. */
  public int next(long registerId, int year) {
    return nextBlock(registerId, year, 1);
  }

  /** Takes {@code count} consecutive numbers at once and returns the first of them. */
  public int nextBlock(long registerId, int year, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("Take at least one number, not " + count);
    }
    return withCounter(registerId, year, () -> increment(registerId, year, count)) - count + 1;
  }

  /**
   * Takes numbers with {@code take}, which answers null when the register's series for {@code year}
   * is not open yet: then opens it at 0 (committed at once; another taker may have opened it a
   * moment earlier) and takes again. For {@link #nextBlock} and for callers that take numbers in a
   * statement of their own (see IncomingRows).
   */
  public <T> T withCounter(long registerId, int year, Supplier<T> take) {
    T taken = take.get();
    if (taken != null) {
      return taken;
    }
    EJBException openFailure = null;
    try {
      counters.open(registerId, year);
    } catch (EJBException e) {
      openFailure = e; // normally another taker opened the same year a moment earlier
    }
    taken = take.get();
    if (taken == null) {
      throw new IllegalStateException(
          "No counter for register " + registerId + " in " + year, openFailure);
    }
    return taken;
  }

  /** The last number given in the register's series for {@code year}, 0 when none. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public int last(long registerId, int year) {
    List<?> found =
        em.createNativeQuery(CURRENT)
            .setParameter(1, registerId)
            .setParameter(2, year)
            .getResultList();
    return found.isEmpty() ? 0 : ((Number) found.get(0)).intValue();
  }

  /** The new last number, or null when the year's counter row does not exist yet. */
  private Integer increment(long registerId, int year, int count) {
    // PostgreSQL answers UPDATE … RETURNING: one round trip, not two.
    if (Databases.isPostgreSql(em)) {
      List<?> taken =
          em.createNativeQuery(INCREMENT_RETURNING)
              .setParameter(1, registerId)
              .setParameter(2, year)
              .setParameter(3, count)
              .getResultList();
      return taken.isEmpty() ? null : ((Number) taken.get(0)).intValue();
    }
    int updated =
        em.createNativeQuery(INCREMENT)
            .setParameter(1, registerId)
            .setParameter(2, year)
            .setParameter(3, count)
            .executeUpdate();
    return updated == 0 ? null : last(registerId, year);
  }
}
