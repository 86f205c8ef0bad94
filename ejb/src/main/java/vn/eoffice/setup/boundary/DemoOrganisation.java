package vn.eoffice.setup.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import vn.eoffice.platform.control.Settings;
import vn.eoffice.platform.entity.AgencyScope;

/**
 * The demo province: "UBND tỉnh Demo" with two communes ("UBND xã Demo", "UBND xã Bình An") and a
 * department ("Sở Nội vụ"), each with its units and one person per role, and the platform's
 * administrator. They share one random password, returned once so that it can be shown to whoever
 * started the application, and never stored in clear.
 */
@Stateless
@PermitAll
public class DemoOrganisation {

  /** A demo user with the password it was given, and the agency they work in. */
  public record Credential(
      String username, String fullName, Set<Role> roles, String password, String agency) {}

  public record DemoUser(
      String username, String fullName, String position, Set<Role> roles, String unit) {

    DemoUser(String username, String fullName, String position, Role role, String unit) {
      this(username, fullName, position, EnumSet.of(role), unit);
    }
  }

  /** An agency of the demo, its units by abbreviation (LĐ is the leadership) and its people. */
  public record DemoAgency(
      String name,
      String abbreviation,
      String code,
      String placeName,
      Map<String, String> units,
      List<DemoUser> users) {}

  /** The demo province's People's Committee: an invented level-1 code. */
  private static final String PROVINCE_CODE = "000.00.00.H99";

  private static final Map<String, String> COMMUNE_UNITS =
      ordered(
          "LĐ", "Lãnh đạo UBND",
          "VP", "Văn phòng",
          "ĐC", "Địa chính",
          "VHXH", "Văn hóa - Xã hội");

  /** The commune the demo has always had: its people keep their names. */
  private static final DemoAgency COMMUNE =
      new DemoAgency(
          "UBND xã Demo",
          "UBND",
          "000.00.31.H99",
          "Xã Demo",
          COMMUNE_UNITS,
          List.of(
              new DemoUser("vanthu", "Nguyễn Thị Thư", "Văn thư", Role.CLERK, "VP"),
              new DemoUser("lanhdao", "Trần Văn Đạo", "Chủ tịch", Role.LEADER, "LĐ"),
              new DemoUser("truongdc", "Vũ Thị Địa", "Trưởng ban Địa chính", Role.LEADER, "ĐC"),
              new DemoUser("chuyenvien", "Lê Minh Chuyên", "Chuyên viên", Role.OFFICER, "ĐC"),
              new DemoUser("chuyenvien2", "Đỗ Văn Hòa", "Chuyên viên", Role.OFFICER, "VHXH"),
              new DemoUser("luutru", "Phạm Thu Lưu", "Lưu trữ viên", Role.ARCHIVIST, "VP"),
              new DemoUser("quantri", "Hoàng Quốc Trị", "Quản trị hệ thống", Role.ADMIN, "VP")));

  private static final List<DemoAgency> OTHERS =
      List.of(
          agency(
              "UBND tỉnh Demo",
              "UBND",
              PROVINCE_CODE,
              "Tỉnh Demo",
              ".tinh",
              "Chủ tịch",
              ordered(
                  "LĐ", "Lãnh đạo UBND tỉnh",
                  "VP", "Văn phòng UBND tỉnh",
                  "KT", "Phòng Kinh tế"),
              "KT",
              new String[] {"Bùi Văn Tỉnh", "Ngô Minh Khang", "Đặng Thu Hà", "Lý Thị Lan"}),
          agency(
              "UBND xã Bình An",
              "UBND",
              "000.00.32.H99",
              "Xã Bình An",
              ".binhan",
              "Chủ tịch",
              COMMUNE_UNITS,
              "ĐC",
              new String[] {"Trịnh Văn An", "Mai Thị Bình", "Cao Đức Tâm", "Phan Thu Trang"}),
          agency(
              "Sở Nội vụ",
              "SNV",
              "000.00.01.H99",
              "Tỉnh Demo",
              ".snv",
              "Giám đốc",
              ordered(
                  "LĐ", "Ban Giám đốc Sở",
                  "VP", "Văn phòng Sở",
                  "TCCB", "Phòng Tổ chức cán bộ"),
              "TCCB",
              new String[] {"Hà Văn Nội", "Tô Thị Vụ", "Kiều Minh Đức", "Lâm Thu Hương"}));

  /** The platform's administrator, in the province's office. */
  private static final DemoUser PLATFORM_ADMINISTRATOR =
      new DemoUser("nentang", "Đinh Quốc Nền", "Quản trị nền tảng", Role.PLATFORM_ADMIN, "VP");

  /** A real installation's only account at its first start. */
  private static final DemoUser ADMINISTRATOR =
      new DemoUser(
          "quantri",
          "Quản trị hệ thống",
          "Quản trị hệ thống",
          EnumSet.of(Role.ADMIN, Role.PLATFORM_ADMIN),
          "VP");

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;

  /**
   * Creates the demo province when the database has no agency yet.
   *
   * @param fixedPassword a password for every demo user (tests); empty gives each a random one
   * @return the credentials created, empty when the database was already set up
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<Credential> createIfEmpty(Optional<String> fixedPassword) {
    List<DemoAgency> all = new ArrayList<>();
    all.add(COMMUNE);
    all.addAll(OTHERS);
    DemoOrganisation self = context.getBusinessObject(DemoOrganisation.class);
    List<Long> ids;
    try {
      ids = self.agencies(all);
    } catch (jakarta.ejb.EJBException sameCodesAtOnce) {
      // Another node started at the same moment wrote the demo's agencies (their mã định danh
      // are unique): it creates their people and shows the password.
      if (!em.createNamedQuery(Agency.ALL, Agency.class)
          .setMaxResults(1)
          .getResultList()
          .isEmpty()) {
        return List.of();
      }
      throw sameCodesAtOnce;
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    Passwords passwords = new Passwords(fixedPassword);
    List<Credential> credentials = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      DemoAgency agency = all.get(i);
      List<DemoUser> users = new ArrayList<>(agency.users());
      if (agency.code().equals(PROVINCE_CODE)) {
        users.add(PLATFORM_ADMINISTRATOR);
      }
      long id = ids.get(i);
      credentials.addAll(
          AgencyScope.supply(id, () -> self.people(id, agency.units(), users, passwords)));
    }
    return credentials;
  }

  /**
   * A real installation's first start: its agency, the agency's leadership and office units, and
   * one administrator ({@code quantri}) who administers the agency and the platform, and then adds
   * the people, units, registers and other agencies. Nothing of the demo. Does nothing when the
   * database has an agency already.
   *
   * @return the administrator's credential, empty when the database was already set up
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<Credential> createAgencyIfEmpty(
      String name, String abbreviation, Optional<String> fixedPassword) {
    DemoAgency agency =
        new DemoAgency(
            name,
            abbreviation,
            null,
            null,
            ordered("LĐ", "Lãnh đạo", "VP", "Văn phòng"),
            List.of(ADMINISTRATOR));
    DemoOrganisation self = context.getBusinessObject(DemoOrganisation.class);
    List<Long> ids = self.agencies(List.of(agency));
    if (ids.isEmpty()) {
      return List.of();
    }
    long id = ids.get(0);
    Passwords passwords = new Passwords(fixedPassword);
    return AgencyScope.supply(id, () -> self.people(id, agency.units(), agency.users(), passwords));
  }

  /**
   * The demo's organ code in the province {@code EOFFICE_DEMO_PROVINCE} (the code's last group,
   * default {@code H99}): a second demo installation in another invented province has codes of its
   * own, and the two can exchange documents as partners.
   */
  static String inProvince(String code) {
    String province = Settings.get("eoffice.demo.province").orElse("H99");
    if (code == null || !province.matches("[A-Z][0-9]{2}")) {
      return code;
    }
    return code.substring(0, code.length() - 3) + province;
  }

  /** The agencies, the first one the parent of the others; none when there are agencies already. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> agencies(List<DemoAgency> agencies) {
    if (!em.createNamedQuery(Agency.ALL, Agency.class).setMaxResults(1).getResultList().isEmpty()) {
      return List.of();
    }
    Map<String, Agency> made = new HashMap<>();
    List<Agency> created = new ArrayList<>();
    for (DemoAgency demo : agencies) {
      Agency agency = new Agency(demo.name(), demo.abbreviation(), inProvince(demo.code()));
      agency.setPlaceName(demo.placeName());
      created.add(agency);
      if (demo.code() != null) {
        made.put(inProvince(demo.code()), agency);
      }
    }
    // Each under the agency of the code one level up, where the demo has it.
    for (Agency agency : created) {
      if (agency.getOrganisationCode() != null) {
        vn.eoffice.organisation.entity.OrganCode.parse(agency.getOrganisationCode())
            .parent()
            .map(parent -> made.get(parent.text()))
            .ifPresent(agency::setParent);
      }
    }
    // Parents first, so that each row refers to one already written.
    created.stream()
        .sorted(java.util.Comparator.comparing(a -> a.getParent() == null ? 0 : 1))
        .forEach(em::persist);
    em.flush();
    return created.stream().map(Agency::getId).toList();
  }

  /** One agency's units and people, in that agency's scope. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Credential> people(
      long agencyId, Map<String, String> unitNames, List<DemoUser> users, Passwords passwords) {
    Agency agency = em.find(Agency.class, agencyId);
    Map<String, Unit> units = new HashMap<>();
    unitNames.forEach(
        (abbreviation, name) -> {
          Unit unit = new Unit(agency, null, name, abbreviation);
          unit.setLeadership(abbreviation.equals("LĐ"));
          em.persist(unit);
          units.put(abbreviation, unit);
        });
    List<Credential> credentials = new ArrayList<>();
    for (DemoUser user : users) {
      Passwords.Given password = passwords.next();
      UserAccount account =
          new UserAccount(agency, user.username(), user.fullName(), password.hash());
      account.setPositionTitle(user.position());
      account.setRoles(EnumSet.copyOf(user.roles()));
      account.setUnits(Set.of(units.get(user.unit())));
      em.persist(account);
      credentials.add(
          new Credential(
              user.username(),
              user.fullName(),
              account.getRoles(),
              password.clear(),
              agency.getName()));
    }
    return credentials;
  }

  /**
   * The demo's one password, stored only hashed: given (tests) or random, and shown once. A hash is
   * deliberately slow (PBKDF2, 600,000 rounds), so it is made once for everybody: the demo is for
   * trying e-Office out, and a real installation starts with its administrator alone.
   */
  public static final class Passwords implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    record Given(String clear, String hash) implements java.io.Serializable {}

    private final Given given;

    Passwords(Optional<String> fixed) {
      String clear = fixed.orElseGet(() -> PasswordGenerator.generate(14));
      given = new Given(clear, new PasswordHasher().hash(clear.toCharArray()));
    }

    Given next() {
      return given;
    }
  }

  /** The four other agencies' people: clerk, leader, officer, archivist and administrator. */
  private static DemoAgency agency(
      String name,
      String abbreviation,
      String code,
      String placeName,
      String suffix,
      String leaderTitle,
      Map<String, String> units,
      String handlingUnit,
      String[] names) {
    return new DemoAgency(
        name,
        abbreviation,
        code,
        placeName,
        units,
        List.of(
            new DemoUser("vanthu" + suffix, names[0], "Văn thư", Role.CLERK, "VP"),
            new DemoUser("lanhdao" + suffix, names[1], leaderTitle, Role.LEADER, "LĐ"),
            new DemoUser(
                "chuyenvien" + suffix, names[2], "Chuyên viên", Role.OFFICER, handlingUnit),
            new DemoUser("luutru" + suffix, names[3], "Lưu trữ viên", Role.ARCHIVIST, "VP"),
            new DemoUser(
                "quantri" + suffix, "Quản trị " + name, "Quản trị hệ thống", Role.ADMIN, "VP")));
  }

  private static Map<String, String> ordered(String... abbreviationsAndNames) {
    Map<String, String> units = new LinkedHashMap<>();
    for (int i = 0; i < abbreviationsAndNames.length; i += 2) {
      units.put(abbreviationsAndNames[i], abbreviationsAndNames[i + 1]);
    }
    return units;
  }
}
