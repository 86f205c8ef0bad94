package vn.eoffice.people.boundary;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import vn.eoffice.organisation.entity.Unit;
import vn.eoffice.people.entity.Role;
import vn.eoffice.people.entity.UserAccount;

/** A colleague as the workflow forms offer them: name, position, roles and units, nothing more. */
public record Colleague(
    String username,
    String fullName,
    String positionTitle,
    Set<Role> roles,
    List<Long> unitIds,
    List<String> unitNames) {

  public static Colleague of(UserAccount account) {
    List<Unit> units =
        account.getUnits().stream().sorted(Comparator.comparing(Unit::getName)).toList();
    return new Colleague(
        account.getUsername(),
        account.getFullName(),
        account.getPositionTitle(),
        account.getRoles(),
        units.stream().map(Unit::getId).toList(),
        units.stream().map(Unit::getName).toList());
  }
}
