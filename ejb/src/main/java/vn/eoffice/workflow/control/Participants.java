package vn.eoffice.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.eoffice.organisation.entity.Unit;
import vn.eoffice.people.control.Readers;
import vn.eoffice.people.entity.Role;
import vn.eoffice.people.entity.UserAccount;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.Violation;

/** Looks up the people and units a workflow step names, refusing unknown or unfit ones. */
@ApplicationScoped
public class Participants {

  @PersistenceContext EntityManager em;
  @Inject Readers readers;

  /** An enabled account, or a violation on {@code field}. */
  public UserAccount person(String username, String field) {
    return readers
        .account(username == null ? "" : username.strip())
        .filter(UserAccount::isEnabled)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    Violation.of(field, "Exists", "there is no active user " + username)));
  }

  /** An enabled account with the LEADER role, or a violation on {@code field}. */
  public UserAccount leader(String username, String field) {
    UserAccount account = person(username, field);
    if (!account.getRoles().contains(Role.LEADER)) {
      throw new InvalidInputException(Violation.of(field, "Leader", username + " is not a leader"));
    }
    return account;
  }

  public Unit unit(Long unitId, String field) {
    Unit unit = unitId == null ? null : em.find(Unit.class, unitId);
    if (unit == null) {
      throw new InvalidInputException(
          Violation.of(field, "Exists", "there is no unit with id " + unitId));
    }
    return unit;
  }

  /** Whether the account leads the agency (a leader in a leadership unit). */
  public static boolean agencyLeader(UserAccount account) {
    return account.getRoles().contains(Role.LEADER)
        && account.getUnits().stream().anyMatch(Unit::isLeadership);
  }
}
