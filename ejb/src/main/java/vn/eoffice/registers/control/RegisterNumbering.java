package vn.eoffice.registers.control;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

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

  private static final Logger LOG = Logger.getLogger(RegisterNumbering.class.getName());

  private static final String INCREMENT =
      "UPDATE register_counter SET last_number = last_number + ?3"
          + " WHERE register_id = ?1 AND counter_year = ?2";
  private static final String INCREMENT_RETURNING = INCREMENT + " RETURNING last_number";
  private static final String CURRENT =
      "SELECT last_number FROM register_counter WHERE register_id = ?1 AND counter_year = ?2";

  /** Whether the database answers UPDATE … RETURNING (PostgreSQL): one round trip, not two. */
  private static volatile Boolean returning;

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
    Integer last = increment(registerId, year, count);
    if (last == null) {
      open(registerId, year);
      last = increment(registerId, year, count);
      if (last == null) {
        throw new IllegalStateException("No counter for register " + registerId + " in " + year);
      }
    }
    return last - count + 1;
  }

  /**
   * Opens the register's series for {@code year} at 0, committed at once, unless it is open; for
   * callers that take numbers in their own statement (see IncomingRows).
   */
  public void open(long registerId, int year) {
    try {
      counters.open(registerId, year);
    } catch (EJBException e) {
      // normally another taker opened the same year a moment earlier; the caller's next take
      // tells whether it is open now
      LOG.log(Level.FINE, "the counter may have been opened meanwhile", e);
    }
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
    if (returning == null) {
      returning = isPostgreSql();
    }
    if (returning) {
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

  private boolean isPostgreSql() {
    try {
      return em.unwrap(java.sql.Connection.class)
          .getMetaData()
          .getDatabaseProductName()
          .equals("PostgreSQL");
    } catch (java.sql.SQLException | RuntimeException e) {
      return false;
    }
  }
}
