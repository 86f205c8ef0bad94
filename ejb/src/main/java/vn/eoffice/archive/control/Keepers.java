package vn.eoffice.archive.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.eoffice.organisation.entity.Unit;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.Violation;

/** Checks that a file's unit and the person who keeps it are of this agency. */
@Dependent
public class Keepers {

  @PersistenceContext EntityManager em;

  public void check(Long unitId, String responsible) {
    if (unitId != null && em.find(Unit.class, unitId) == null) {
      throw new InvalidInputException(
          Violation.of("unitId", "UnknownUnit", "the unit " + unitId + " is not of this agency"));
    }
    if (responsible != null
        && !responsible.isBlank()
        && em.createQuery(
                    "SELECT count(u) FROM UserAccount u WHERE u.username = :username", Long.class)
                .setParameter("username", responsible.strip())
                .getSingleResult()
            == 0) {
      throw new InvalidInputException(
          Violation.of(
              "responsible", "UnknownUser", "the user " + responsible + " is not of this agency"));
    }
  }
}
