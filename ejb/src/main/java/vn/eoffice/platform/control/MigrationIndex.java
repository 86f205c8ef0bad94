package vn.eoffice.platform.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The schema migrations this build carries, as listed in {@code db/migrations.index}, and the
 * version a database has reached, read from Flyway's history table: together they tell whether a
 * database is already at this build's version without starting Flyway.
 */
public final class MigrationIndex {

  private static final String RESOURCE = "/db/migrations.index";

  /** Versions such as {@code 8.1} in their numeric order (8 < 8.1 < 9 < 10). */
  static final Comparator<String> VERSION_ORDER =
      (a, b) -> {
        long[] x = parts(a);
        long[] y = parts(b);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
          int c = Long.compare(i < x.length ? x[i] : 0, i < y.length ? y[i] : 0);
          if (c != 0) {
            return c;
          }
        }
        return 0;
      };

  private final List<String> files;

  MigrationIndex(List<String> files) {
    this.files = List.copyOf(files);
  }

  /** The index packaged with this build. */
  public static MigrationIndex bundled() {
    try (InputStream in = MigrationIndex.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      return new MigrationIndex(
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .map(String::strip)
              .filter(line -> !line.isEmpty() && !line.startsWith("#"))
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The migration files, as {@code location/file} under {@code db/}. */
  public List<String> files() {
    return files;
  }

  /**
   * The newest version this build migrates a database to: the shared migrations', and on PostgreSQL
   * its own ({@code vendor/postgresql}) too.
   */
  public String newest(boolean postgres) {
    return files.stream()
        .filter(file -> postgres || file.startsWith("migration/"))
        .map(MigrationIndex::version)
        .max(VERSION_ORDER)
        .orElseThrow(() -> new IllegalStateException(RESOURCE + " lists no migration"));
  }

  /** {@code migration/V8_1__partial.sql} is version {@code 8.1}. */
  static String version(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    int end = name.indexOf("__");
    if (!name.startsWith("V") || end < 2) {
      throw new IllegalArgumentException(
          "a migration is named V<version>__<description>.sql, not " + name);
    }
    return name.substring(1, end).replace('_', '.');
  }

  /**
   * The newest version Flyway recorded as applied to this database; empty when it has no history
   * yet, its history cannot be read, or a migration in it failed (Flyway then says what to do).
   */
  public static Optional<String> appliedVersion(Connection connection) {
    String newest = null;
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                    + " WHERE \"version\" IS NOT NULL")) {
      while (rows.next()) {
        if (!rows.getBoolean(2)) {
          return Optional.empty();
        }
        String version = rows.getString(1);
        if (newest == null || VERSION_ORDER.compare(version, newest) > 0) {
          newest = version;
        }
      }
    } catch (SQLException noHistoryYet) {
      return Optional.empty();
    }
    return Optional.ofNullable(newest);
  }

  private static long[] parts(String version) {
    return Arrays.stream(version.split("\\.")).mapToLong(Long::parseLong).toArray();
  }
}
