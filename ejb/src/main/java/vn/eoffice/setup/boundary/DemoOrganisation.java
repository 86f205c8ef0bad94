package vn.eoffice.setup.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
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
    Agency agency = new Agency("UBND xã Demo", "UBND", null);
    em.persist(agency);
    Unit leadership = new Unit(agency, null, "Lãnh đạo UBND", "LĐ");
    leadership.setLeadership(true);
    Map<String, Unit> units =
        Map.of(
            "LĐ", leadership,
            "VP", new Unit(agency, null, "Văn phòng", "VP"),
            "ĐC", new Unit(agency, null, "Địa chính", "ĐC"),
            "VHXH", new Unit(agency, null, "Văn hóa - Xã hội", "VHXH"));
    units.values().forEach(em::persist);

    PasswordHasher hasher = new PasswordHasher();
    List<String> passwords =
        USERS.stream()
            .map(user -> fixedPassword.orElseGet(() -> PasswordGenerator.generate(14)))
            .toList();
    // Each hash is deliberately slow (PBKDF2, 600,000 rounds): on every core at once, the first
    // start waits for two of them rather than seven.
    List<String> hashes =
        passwords.parallelStream().map(password -> hasher.hash(password.toCharArray())).toList();
    List<Credential> credentials = new ArrayList<>();
    for (int i = 0; i < USERS.size(); i++) {
      DemoUser user = USERS.get(i);
      String password = passwords.get(i);
      UserAccount account =
          new UserAccount(agency, user.username(), user.fullName(), hashes.get(i));
      account.setPositionTitle(user.position());
      account.setRoles(EnumSet.of(user.role()));
      account.setUnits(Set.of(units.get(user.unit())));
      em.persist(account);
      credentials.add(
          new Credential(user.username(), user.fullName(), account.getRoles(), password));
    }
    return credentials;
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
    Agency agency = new Agency(name, abbreviation, null);
    em.persist(agency);
    Unit leadership = new Unit(agency, null, "Lãnh đạo", "LĐ");
    leadership.setLeadership(true);
    Unit office = new Unit(agency, null, "Văn phòng", "VP");
    em.persist(leadership);
    em.persist(office);
    String password = fixedPassword.orElseGet(() -> PasswordGenerator.generate(14));
    UserAccount administrator =
        new UserAccount(
            agency,
            "quantri",
            "Quản trị hệ thống",
            new PasswordHasher().hash(password.toCharArray()));
    administrator.setPositionTitle("Quản trị hệ thống");
    administrator.setRoles(EnumSet.of(Role.ADMIN));
    administrator.setUnits(Set.of(office));
    em.persist(administrator);
    return List.of(
        new Credential(
            administrator.getUsername(),
            administrator.getFullName(),
            administrator.getRoles(),
            password));
  }

  private boolean isEmpty() {
    return em.createNamedQuery(Agency.ALL, Agency.class).setMaxResults(1).getResultList().isEmpty();
  }
}
