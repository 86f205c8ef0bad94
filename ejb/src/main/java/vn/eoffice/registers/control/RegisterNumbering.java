package vn.eoffice.registers.control;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Gives the next number of a register's yearly series inside the caller's transaction.
 *
 * <p>The counter row is updated in place, so its row lock makes concurrent takers wait for each
 * other, and the number belongs to the caller's transaction: a commit keeps it, a rollback gives it
 * back to the next taker. Numbers therefore come without gaps or duplicates, and a failed
 * registration or issue burns none. Callers take the number as late as they can, because the row
 * stays locked until they commit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class RegisterNumbering {

  private static final String INCREMENT =
      "UPDATE register_counter SET last_number = last_number + 1"
          + " WHERE register_id = ?1 AND counter_year = ?2";
  private static final String INCREMENT_RETURNING = INCREMENT + " RETURNING last_number";
  private static final String CURRENT =
      "SELECT last_number FROM register_counter WHERE register_id = ?1 AND counter_year = ?2";

  @PersistenceContext EntityManager em;
  @EJB RegisterCounters counters;

  /** Whether the database answers UPDATE … RETURNING (PostgreSQL): one round trip, not two. */
  private static volatile Boolean returning;

  /** The next number of the register's series for {@code year}: 1 for the first of the year. */
  public int next(long registerId, int year) {
    if (returning == null) {
      returning = isPostgreSql();
    }
    if (returning) {
      List<?> taken = incrementReturning(registerId, year);
      if (taken.isEmpty()) {
        open(registerId, year);
        taken = incrementReturning(registerId, year);
      }
      return ((Number) taken.get(0)).intValue();
    }
    if (increment(registerId, year) == 0) {
      EJBException openFailure = null;
      try {
        counters.open(registerId, year);
      } catch (EJBException e) {
        openFailure = e; // normally another taker opened the same year a moment earlier
      }
      if (increment(registerId, year) == 0) {
        throw new IllegalStateException(
            "No counter for register " + registerId + " in " + year, openFailure);
      }
    }
    return ((Number)
            em.createNativeQuery(CURRENT)
                .setParameter(1, registerId)
                .setParameter(2, year)
                .getSingleResult())
        .intValue();
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

  private List<?> incrementReturning(long registerId, int year) {
    return em.createNativeQuery(INCREMENT_RETURNING)
        .setParameter(1, registerId)
        .setParameter(2, year)
        .getResultList();
  }

  private void open(long registerId, int year) {
    try {
      counters.open(registerId, year);
    } catch (EJBException e) {
      // normally another taker opened the same year a moment earlier; the next step tells
    }
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

  private int increment(long registerId, int year) {
    return em.createNativeQuery(INCREMENT)
        .setParameter(1, registerId)
        .setParameter(2, year)
        .executeUpdate();
  }
}
