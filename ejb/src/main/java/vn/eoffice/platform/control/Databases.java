package vn.eoffice.platform.control;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;

/** What the application's database is, for the few statements written for PostgreSQL alone. */
public final class Databases {

  /** One database per application: asked once. */
  private static volatile Boolean postgreSql;

  private Databases() {}

  /** Whether the database behind the entity manager is PostgreSQL. */
  public static boolean isPostgreSql(EntityManager em) {
    Boolean known = postgreSql;
    if (known == null) {
      try {
        known =
            em.unwrap(Connection.class).getMetaData().getDatabaseProductName().equals("PostgreSQL");
      } catch (SQLException | RuntimeException e) {
        known = false;
      }
      postgreSql = known;
    }
    return known;
  }
}
