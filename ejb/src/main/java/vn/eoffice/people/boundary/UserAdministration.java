package vn.eoffice.people.boundary;

import static vn.eoffice.platform.control.Texts.blankToNull;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.eoffice.organisation.boundary.OrganisationService;
import vn.eoffice.organisation.entity.Unit;
import vn.eoffice.people.control.PasswordHasher;
import vn.eoffice.people.entity.Role;
import vn.eoffice.people.entity.UserAccount;
import vn.eoffice.platform.boundary.InputValidator;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.platform.control.UserAgencies;

/** User accounts: administrators create and change them; everyone reads their own profile. */
@Stateless
@RolesAllowed(vn.eoffice.people.entity.Role.ADMIN_NAME)
public class UserAdministration {

  private final PasswordHasher hasher = new PasswordHasher();

  @PersistenceContext EntityManager em;
  @Inject InputValidator input;
  @Inject OrganisationService organisation;
  @Resource SessionContext context;
  @Inject UserAgencies agencies;

  public List<UserView> users() {
    return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList().stream()
        .map(UserView::of)
        .toList();
  }

  public UserView user(long id) {
    return UserView.of(find(id));
  }

  public UserView create(NewUser command) {
    input.check(command);
    // User names are the platform's: one in another agency is taken too.
    if (agencies.taken(command.username()).isPresent()) {
      throw new InvalidInputException(
          Violation.of("username", "Unique", "the username " + command.username() + " is taken"));
    }
    UserAccount account =
        new UserAccount(
            organisation.agency(),
            command.username(),
            command.fullName().trim(),
            hasher.hash(command.password().toCharArray()));
    account.setPositionTitle(blankToNull(command.positionTitle()));
    account.setRoles(roles(command.roles(), Set.of()));
    account.setUnits(units(command.unitIds()));
    em.persist(account);
    em.flush();
    return UserView.of(account);
  }

  public UserView change(long id, UserChange command) {
    input.check(command);
    UserAccount account = find(id);
    account.setFullName(command.fullName().trim());
    account.setPositionTitle(blankToNull(command.positionTitle()));
    account.setEnabled(command.enabled());
    account.setRoles(roles(command.roles(), account.getRoles()));
    account.setUnits(units(command.unitIds()));
    return UserView.of(account);
  }

  /** Lifts a lock-out before it runs out, e.g. after the user called the administrator. */
  public UserView unlock(long id) {
    UserAccount account = find(id);
    account.unlock();
    return UserView.of(account);
  }

  /** The signed-in user's own account. */
  @PermitAll
  public UserView me() {
    UserAccount account = findByUsername(context.getCallerPrincipal().getName());
    if (account == null) {
      throw new NotFoundException("User", context.getCallerPrincipal().getName());
    }
    return UserView.of(account);
  }

  /** Remembers the signed-in user's language choice for their next visit. */
  @PermitAll
  public void chooseLanguage(String language) {
    if (!Set.of("vi", "en").contains(language)) {
      throw new InvalidInputException(
          Violation.of("language", "OneOf", "the language must be vi or en"));
    }
    UserAccount account = findByUsername(context.getCallerPrincipal().getName());
    if (account != null) {
      account.setPreferredLanguage(language);
    }
  }

  private UserAccount find(long id) {
    UserAccount account = em.find(UserAccount.class, id);
    if (account == null) {
      throw new NotFoundException("User", id);
    }
    return account;
  }

  private UserAccount findByUsername(String username) {
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * The roles asked for, save the platform's administration: only a platform administrator gives or
   * takes it; an agency's administrator leaves it as it was.
   */
  private Set<Role> roles(Set<Role> asked, Set<Role> before) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (asked != null) {
      roles.addAll(asked);
    }
    if (context.isCallerInRole(Role.PLATFORM_ADMIN_NAME)) {
      return roles;
    }
    if (roles.contains(Role.PLATFORM_ADMIN) && !before.contains(Role.PLATFORM_ADMIN)) {
      throw new InvalidInputException(
          Violation.of(
              "roles",
              "OneOf",
              "only a platform administrator gives the role PLATFORM_ADMIN; an agency's"
                  + " administrator gives CLERK, LEADER, OFFICER, ARCHIVIST and ADMIN"));
    }
    if (before.contains(Role.PLATFORM_ADMIN)) {
      roles.add(Role.PLATFORM_ADMIN);
    }
    return roles;
  }

  private Set<Unit> units(Set<Long> unitIds) {
    if (unitIds == null) {
      return Set.of();
    }
    return unitIds.stream().map(id -> organisation.find(id, "unitIds")).collect(Collectors.toSet());
  }
}
