package vn.eoffice.organisation.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.eoffice.organisation.boundary.FirstAdministrator;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.organisation.entity.Unit;
import vn.eoffice.people.control.PasswordHasher;
import vn.eoffice.people.entity.Role;
import vn.eoffice.people.entity.UserAccount;
import vn.eoffice.platform.boundary.StateConflictException;
import vn.eoffice.registers.control.DefaultRegisters;

/**
 * A new agency's start, in the agency's own scope and transaction: its leadership and office units
 * and its registers where it has none, and its first administrator, who adds the rest.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AgencySetup {

  @PersistenceContext EntityManager em;
  @EJB DefaultRegisters registers;

  /**
   * Creates the administrator; refused while the agency has an administrator already (who then adds
   * others).
   *
   * @return the new account's id
   */
  public long firstAdministrator(long agencyId, FirstAdministrator command) {
    // The agency's row locked: two requests at once (two nodes) name one first administrator.
    Agency agency = em.find(Agency.class, agencyId, LockModeType.PESSIMISTIC_WRITE);
    boolean administered =
        em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList().stream()
            .anyMatch(u -> u.isEnabled() && u.getRoles().contains(Role.ADMIN));
    if (administered) {
      throw new StateConflictException(
          "AgencyHasAdministrator",
          "ADMINISTERED",
          "the agency has an administrator already, who adds the others");
    }
    List<Unit> units =
        em.createNamedQuery(Unit.OF_AGENCY, Unit.class)
            .setParameter("agency", agency)
            .getResultList();
    Unit office =
        units.stream().filter(u -> u.getAbbreviation().equals("VP")).findFirst().orElse(null);
    if (units.isEmpty()) {
      Unit leadership = new Unit(agency, null, "Lãnh đạo", "LĐ");
      leadership.setLeadership(true);
      em.persist(leadership);
      office = new Unit(agency, null, "Văn phòng", "VP");
      em.persist(office);
    }
    registers.ensureFor(agency);
    UserAccount account =
        new UserAccount(
            agency,
            command.username(),
            command.fullName().trim(),
            new PasswordHasher().hash(command.password().toCharArray()));
    account.setPositionTitle("Quản trị hệ thống");
    account.setRoles(EnumSet.of(Role.ADMIN));
    account.setUnits(office == null ? Set.of() : Set.of(office));
    em.persist(account);
    em.flush();
    return account.getId();
  }
}
