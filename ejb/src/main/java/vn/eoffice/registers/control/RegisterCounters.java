package vn.eoffice.registers.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Creates a register's counter row for a year in a transaction of its own: two takers opening the
 * same year at once then cannot break each other's transaction (the loser's insert fails alone),
 * and the row, holding 0, gives no number by itself.
 */
@Stateless
public class RegisterCounters {

  private static final String OPEN =
      "INSERT INTO register_counter (register_id, counter_year, last_number)"
          + " SELECT ?1, ?2, 0 WHERE NOT EXISTS (SELECT 1 FROM register_counter"
          + " WHERE register_id = ?3 AND counter_year = ?4)";

  @PersistenceContext EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void open(long registerId, int year) {
    em.createNativeQuery(OPEN)
        .setParameter(1, registerId)
        .setParameter(2, year)
        .setParameter(3, registerId)
        .setParameter(4, year)
        .executeUpdate();
  }
}
