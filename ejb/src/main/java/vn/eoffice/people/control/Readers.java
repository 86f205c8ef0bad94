package vn.eoffice.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import vn.eoffice.people.entity.Reader;
import vn.eoffice.people.entity.UserAccount;

/** Builds the {@link Reader} for a user name, for the access checks of the services. */
@ApplicationScoped
public class Readers {

  @PersistenceContext EntityManager em;

  /**
   * The reader with this name; an unknown or disabled account (or one of another agency, which does
   * not exist here) reads nothing beyond its name, and belongs to no agency.
   */
  public Reader of(String username) {
    return em
        .createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .getResultList()
        .stream()
        .filter(UserAccount::isEnabled)
        .findFirst()
        .map(Reader::of)
        .orElseGet(() -> new Reader(-1, username, Set.of(), Set.of(), Set.of(), false));
  }

  /** The account with this name, if any. */
  public java.util.Optional<UserAccount> account(String username) {
    return em
        .createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .getResultList()
        .stream()
        .findFirst();
  }
}
