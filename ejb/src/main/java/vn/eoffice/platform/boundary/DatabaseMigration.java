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

/**
 * Creates or upgrades the schema with versioned migrations ({@code db/migration}) before anything
 * else touches the database. Never drops data.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  // Not JTA-managed: Flyway commits each migration itself.
  @Resource(name = "eofficeDbNonJta")
  DataSource dataSource;

  /**
   * The migrations of every database, and PostgreSQL's own ({@code db/vendor/postgresql}: what H2
   * cannot express, such as partial indexes). Their versions sit between the shared ones.
   */
  private String[] locations() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")
          ? new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"}
          : new String[] {"classpath:db/migration"};
    } catch (SQLException e) {
      throw new IllegalStateException("the database cannot be reached: " + e.getMessage(), e);
    }
  }

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations(locations())
            .baselineOnMigrate(false)
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now, database "
                + result.database
                + ")");
  }
}
