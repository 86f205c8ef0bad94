package vn.eoffice.setup.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.organisation.entity.Unit;
import vn.eoffice.people.control.PasswordGenerator;
import vn.eoffice.people.control.PasswordHasher;
import vn.eoffice.people.entity.Role;
import vn.eoffice.people.entity.UserAccount;

/**
 * "UBND xã Demo" with three units and one user per role. Each gets a random password, returned once
 * so that it can be shown to whoever started the application, and never stored in clear.
 */
@Stateless
@PermitAll
public class DemoOrganisation {

  /** A demo user with the password it was given. */
  public record Credential(String username, String fullName, Set<Role> roles, String password) {}

  private record DemoUser(
      String username, String fullName, String position, Role role, String unit) {}

  private static final List<DemoUser> USERS =
      List.of(
          new DemoUser("vanthu", "Nguyễn Thị Thư", "Văn thư", Role.CLERK, "VP"),
          new DemoUser("lanhdao", "Trần Văn Đạo", "Chủ tịch", Role.LEADER, "LĐ"),
          new DemoUser("truongdc", "Vũ Thị Địa", "Trưởng ban Địa chính", Role.LEADER, "ĐC"),
          new DemoUser("chuyenvien", "Lê Minh Chuyên", "Chuyên viên", Role.OFFICER, "ĐC"),
          new DemoUser("chuyenvien2", "Đỗ Văn Hòa", "Chuyên viên", Role.OFFICER, "VHXH"),
          new DemoUser("luutru", "Phạm Thu Lưu", "Lưu trữ viên", Role.ARCHIVIST, "VP"),
          new DemoUser("quantri", "Hoàng Quốc Trị", "Quản trị hệ thống", Role.ADMIN, "VP"));

  /** A real agency's only account at its first start. */
  private static final DemoUser ADMINISTRATOR =
      new DemoUser("quantri", "Quản trị hệ thống", "Quản trị hệ thống", Role.ADMIN, "VP");

  @PersistenceContext EntityManager em;

  /**
   * Creates the demo organisation when the database has no agency yet.
   *
   * @param fixedPassword a password for every demo user (tests); empty gives each a random one
   * @return the credentials created, empty when the database was already set up
   */
  public List<Credential> createIfEmpty(Optional<String> fixedPassword) {
    if (!isEmpty()) {
      return List.of();
    }
    return create(
        new Agency("UBND xã Demo", "UBND", null),
        Map.of(
            "LĐ", "Lãnh đạo UBND",
            "VP", "Văn phòng",
            "ĐC", "Địa chính",
            "VHXH", "Văn hóa - Xã hội"),
        USERS,
        fixedPassword);
  }

  /**
   * A real agency's first start: the agency itself, its leadership and office units, and one
   * administrator ({@code quantri}) who then adds the people, units and registers. Nothing of the
   * demo. Does nothing when the database has an agency already.
   *
   * @return the administrator's credential, empty when the database was already set up
   */
  public List<Credential> createAgencyIfEmpty(
      String name, String abbreviation, Optional<String> fixedPassword) {
    if (!isEmpty()) {
      return List.of();
    }
    return create(
        new Agency(name, abbreviation, null),
        Map.of("LĐ", "Lãnh đạo", "VP", "Văn phòng"),
        List.of(ADMINISTRATOR),
        fixedPassword);
  }

  /**
   * The agency, its units by abbreviation (LĐ is the leadership), and its users, each with a
   * password given once and stored only hashed.
   */
  private List<Credential> create(
      Agency agency, Map<String, String> unitNames, List<DemoUser> users, Optional<String> fixed) {
    em.persist(agency);
    Map<String, Unit> units = new HashMap<>();
    unitNames.forEach(
        (abbreviation, name) -> {
          Unit unit = new Unit(agency, null, name, abbreviation);
          unit.setLeadership(abbreviation.equals("LĐ"));
          em.persist(unit);
          units.put(abbreviation, unit);
        });
    PasswordHasher hasher = new PasswordHasher();
    List<String> passwords =
        users.stream().map(user -> fixed.orElseGet(() -> PasswordGenerator.generate(14))).toList();
    // Each hash is deliberately slow (PBKDF2, 600,000 rounds): on every core at once, the first
    // start waits for two of them rather than seven.
    List<String> hashes =
        passwords.parallelStream().map(password -> hasher.hash(password.toCharArray())).toList();
    List<Credential> credentials = new ArrayList<>();
    for (int i = 0; i < users.size(); i++) {
      DemoUser user = users.get(i);
      UserAccount account =
          new UserAccount(agency, user.username(), user.fullName(), hashes.get(i));
      account.setPositionTitle(user.position());
      account.setRoles(EnumSet.of(user.role()));
      account.setUnits(Set.of(units.get(user.unit())));
      em.persist(account);
      credentials.add(
          new Credential(user.username(), user.fullName(), account.getRoles(), passwords.get(i)));
    }
    return credentials;
  }

  private boolean isEmpty() {
    return em.createNamedQuery(Agency.ALL, Agency.class).setMaxResults(1).getResultList().isEmpty();
  }
}
