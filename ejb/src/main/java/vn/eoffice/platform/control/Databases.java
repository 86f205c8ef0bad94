package vn.eoffice.platform.control;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.server.ServerSession;

/** What the application's database is, for the few statements written for PostgreSQL alone. */
public final class Databases {

  private Databases() {}

  /**
   * Whether the database behind the entity manager is PostgreSQL, as the provider found when it
   * connected. Asks the factory, so it answers the same inside a transaction and outside one.
   */
  public static boolean isPostgreSql(EntityManager em) {
    return session(em).getPlatform().isPostgreSQL();
  }

  /**
   * The provider's session shared by every entity manager of the unit: its sequences give ids to
   * rows written without the provider. Available outside transactions too.
   */
  public static ServerSession session(EntityManager em) {
    return em.getEntityManagerFactory().unwrap(JpaEntityManagerFactory.class).getServerSession();
  }
}
