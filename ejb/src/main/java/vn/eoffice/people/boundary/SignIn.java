package vn.eoffice.people.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import vn.eoffice.people.control.PasswordHasher;
import vn.eoffice.people.entity.UnknownSignIn;
import vn.eoffice.people.entity.UserAccount;
import vn.eoffice.platform.control.Settings;
import vn.eoffice.platform.control.UserAgencies;
import vn.eoffice.platform.entity.AgencyScope;

/**
 * Checks credentials against the database and locks an account after repeated failures ({@code
 * eoffice.signin.max-failures}, default 5) for a while ({@code eoffice.signin.lock-minutes},
 * default 15).
 */
@Stateless
@PermitAll
public class SignIn {

  private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

  /**
   * Hashed once, when first needed (not while the application starts), so that an unknown username
   * costs as much time as a wrong password.
   */
  private static final class Dummy {
    static final String HASH = new PasswordHasher().hash("not a password".toCharArray());
  }

  private final PasswordHasher hasher = new PasswordHasher();
  private final Clock clock = Clock.systemUTC();

  @PersistenceContext EntityManager em;
  @Inject UserAgencies agencies;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public SignInResult check(String username, char[] password) {
    // Nobody is signed in yet: the account's agency is the one in scope, read before the first
    // query of this transaction (a name that is no account reads in no agency, and finds none).
    String name = username == null ? "" : username.trim();
    Optional<Long> agency = agencies.of(name);
    return agency.isPresent()
        ? AgencyScope.supply(agency.get(), () -> checkAccount(name, password))
        : unknown(name, password, clock.instant());
  }

  private SignInResult checkAccount(String username, char[] password) {
    UserAccount account =
        em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
            .setParameter("username", username == null ? "" : username.trim())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElse(null);
    Instant now = clock.instant();
    if (account == null) {
      return unknown(username == null ? "" : username.trim(), password, now);
    }
    if (account.isLockedAt(now)) {
      return new SignInResult.Locked(account.getLockedUntil());
    }
    // A deactivated agency's people are refused as a disabled account is.
    if (!hasher.matches(password, account.getPasswordHash())
        || !account.isEnabled()
        || !account.getAgency().isActive()) {
      account.recordFailedSignIn(now, maxFailures(), lockDuration());
      if (account.isLockedAt(now)) {
        LOG.warning(() -> "Account " + account.getUsername() + " locked after failed sign-ins");
        return new SignInResult.Locked(account.getLockedUntil());
      }
      return new SignInResult.Refused();
    }
    account.recordSuccessfulSignIn();
    return new SignInResult.Accepted(account.getUsername(), account.getRoles());
  }

  /**
   * A name that is no account answers as an account would: refused, and locked after as many
   * failures for as long, with the same cost in time.
   */
  private SignInResult unknown(String username, char[] password, Instant now) {
    String key = UnknownSignIn.key(username);
    UnknownSignIn tried = em.find(UnknownSignIn.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (tried != null && tried.isLockedAt(now)) {
      return new SignInResult.Locked(tried.getLockedUntil());
    }
    hasher.matches(password, Dummy.HASH);
    if (tried == null) {
      em.createNamedQuery(UnknownSignIn.CLEAR_BEFORE)
          .setParameter("before", now.minus(Duration.ofDays(1)))
          .executeUpdate();
      tried = new UnknownSignIn(key, now);
      em.persist(tried);
      try {
        em.flush();
      } catch (jakarta.persistence.PersistenceException sameNameAtOnce) {
        // Another sign-in under this name counted it first: this one is refused uncounted.
        return new SignInResult.Refused();
      }
    }
    tried.recordFailedSignIn(now, maxFailures(), lockDuration());
    return tried.isLockedAt(now)
        ? new SignInResult.Locked(tried.getLockedUntil())
        : new SignInResult.Refused();
  }

  static int maxFailures() {
    return Settings.getInt("eoffice.signin.max-failures", 5);
  }

  static Duration lockDuration() {
    return Duration.ofMinutes(Settings.getInt("eoffice.signin.lock-minutes", 15));
  }
}
