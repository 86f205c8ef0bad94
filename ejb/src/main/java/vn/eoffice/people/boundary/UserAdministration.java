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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.eoffice.organisation.boundary.OrganisationService;
import vn.eoffice.organisation.entity.Unit;
import vn.eoffice.people.control.PasswordHasher;
import vn.eoffice.people.entity.UserAccount;
import vn.eoffice.platform.boundary.InputValidator;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.platform.boundary.Violation;

/** User accounts: administrators create and change them; everyone reads their own profile. */
@Stateless
@RolesAllowed(vn.eoffice.people.entity.Role.ADMIN_NAME)
public class UserAdministration {

  private final PasswordHasher hasher = new PasswordHasher();

  @PersistenceContext EntityManager em;
  @Inject InputValidator input;
  @Inject OrganisationService organisation;
  @Resource SessionContext context;

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
    if (findByUsername(command.username()) != null) {
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
    account.setRoles(command.roles());
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
    account.setRoles(command.roles());
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

  private Set<Unit> units(Set<Long> unitIds) {
    if (unitIds == null) {
      return Set.of();
    }
    return unitIds.stream().map(id -> organisation.find(id, "unitIds")).collect(Collectors.toSet());
  }
}
