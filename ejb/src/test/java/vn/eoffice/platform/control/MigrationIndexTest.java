package vn.eoffice.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

class MigrationIndexTest {

  private static final Path DB = Path.of("src", "main", "resources", "db");

  @Test
  void listsEveryMigrationThisBuildCarries() throws IOException {
    List<String> files;
    try (Stream<Path> walk = Files.walk(DB)) {
      files =
          walk.filter(p -> p.getFileName().toString().endsWith(".sql"))
              .map(p -> DB.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }

    assertThat(MigrationIndex.bundled().files())
        .as("db/migrations.index names every migration (add a line for a new one)")
        .containsExactlyInAnyOrderElementsOf(files);
  }

  @Test
  void ordersVersionsByTheirNumbers() {
    MigrationIndex index =
        new MigrationIndex(
            List.of(
                "migration/V9__a.sql",
                "vendor/postgresql/V10_1__b.sql",
                "migration/V10__c.sql",
                "migration/V8__d.sql"));

    assertThat(index.newest(false)).isEqualTo("10");
    assertThat(index.newest(true)).isEqualTo("10.1");
    assertThat(MigrationIndex.VERSION_ORDER.compare("8.1", "9")).isNegative();
    assertThat(MigrationIndex.VERSION_ORDER.compare("11", "9")).isPositive();
  }

  @Test
  void readsTheVersionFlywayLeftAndDistrustsAFailedMigration() throws Exception {
    String url = "jdbc:h2:mem:migration-index;MODE=PostgreSQL;DB_CLOSE_DELAY=-1";
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      assertThat(MigrationIndex.appliedVersion(connection)).as("no history yet").isEmpty();

      Flyway.configure()
          .dataSource(url, "sa", "")
          .locations("classpath:db/migration")
          .load()
          .migrate();

      String newest = MigrationIndex.bundled().newest(false);
      assertThat(MigrationIndex.appliedVersion(connection)).contains(newest);
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '"
                + newest
                + "'");
      }
      assertThat(MigrationIndex.appliedVersion(connection))
          .as("a failed migration: Flyway is left to report it")
          .isEmpty();
    }
  }
}
