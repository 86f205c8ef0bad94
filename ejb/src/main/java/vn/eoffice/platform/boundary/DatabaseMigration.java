package vn.eoffice.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import vn.eoffice.platform.control.MigrationIndex;

/**
 * Creates or upgrades the schema with versioned migrations ({@code db/migration}) before anything
 * else touches the database. Never drops data.
 *
 * <p>Flyway runs when the database is behind this build's newest migration (a first start, an
 * upgrade) or its history cannot be read; it then also validates every applied migration against
 * this build's. A restart of the same build on a database already at its newest migration, with no
 * failed one, has nothing to apply or newly validate, and skips Flyway (about a third of a second
 * of every start).
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  // Not JTA-managed: Flyway commits each migration itself.
  @Resource(name = "eofficeDbNonJta")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    boolean postgres;
    String newest;
    try (Connection connection = dataSource.getConnection()) {
      postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
      newest = MigrationIndex.bundled().newest(postgres);
      if (MigrationIndex.appliedVersion(connection).filter(newest::equals).isPresent()) {
        LOG.info(() -> "Database schema at version " + newest + " (up to date)");
        return;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the database cannot be reached: " + e.getMessage(), e);
    }
    MigrateResult result =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            // The migrations of every database, and PostgreSQL's own (what H2 cannot express, such
            // as partial indexes), whose versions sit between the shared ones.
            .locations(
                postgres
                    ? new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"}
                    : new String[] {"classpath:db/migration"})
            .baselineOnMigrate(false)
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + newest
                + " ("
                + result.migrationsExecuted
                + " migrations applied now, database "
                + result.database
                + ")");
  }
}
