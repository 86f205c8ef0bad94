package vn.eoffice.people.boundary;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import vn.eoffice.organisation.entity.Unit;
import vn.eoffice.people.entity.Role;
import vn.eoffice.people.entity.UserAccount;

/** A user as administrators and the user themself see it; never the password hash. */
public record UserView(
    long id,
    String username,
    String fullName,
    String positionTitle,
    boolean enabled,
    Instant lockedUntil,
    String preferredLanguage,
    Set<Role> roles,
    List<Long> unitIds,
    List<String> unitNames) {

  public static UserView of(UserAccount account) {
    List<Unit> units =
        account.getUnits().stream().sorted(Comparator.comparing(Unit::getName)).toList();
    return new UserView(
        account.getId(),
        account.getUsername(),
        account.getFullName(),
        account.getPositionTitle(),
        account.isEnabled(),
        account.getLockedUntil(),
        account.getPreferredLanguage(),
        account.getRoles(),
        units.stream().map(Unit::getId).toList(),
        units.stream().map(Unit::getName).toList());
  }
}
