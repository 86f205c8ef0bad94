package vn.eoffice.people.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import vn.eoffice.people.entity.Role;
import vn.eoffice.people.entity.UserAccount;

/**
 * The agency's directory for everyone signed in: whom a document can be presented, submitted or
 * assigned to. Enabled accounts only; no sign-in data.
 */
@Stateless
@RolesAllowed({
  Role.CLERK_NAME,
  Role.LEADER_NAME,
  Role.OFFICER_NAME,
  Role.ARCHIVIST_NAME,
  Role.ADMIN_NAME
})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Directory {

  @PersistenceContext EntityManager em;

  public List<Colleague> colleagues() {
    return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList().stream()
        .filter(UserAccount::isEnabled)
        .map(Colleague::of)
        .sorted(Comparator.comparing(Colleague::fullName))
        .toList();
  }
}
