package vn.eoffice.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where and how to run, from the environment ({@code EOFFICE_PORT}, {@code EOFFICE_DATA_DIR},
 * {@code EOFFICE_DB_URL}, {@code EOFFICE_DB_USER}, {@code EOFFICE_DB_PASSWORD}, {@code
 * EOFFICE_LOG_LEVEL}). The default is port 8080 and an H2 database under {@code ./data}, kept
 * across restarts, with warnings and e-Office's own start-up lines logged.
 */
public record LaunchSettings(
    int port, Path dataDir, String dbUrl, String dbUser, String dbPassword, String logLevel) {

  public static LaunchSettings from(Map<String, String> env) {
    Path dataDir =
        Path.of(env.getOrDefault("EOFFICE_DATA_DIR", "data")).toAbsolutePath().normalize();
    String defaultUrl =
        "jdbc:h2:file:" + dataDir.resolve("db").resolve("eoffice") + ";MODE=PostgreSQL";
    return new LaunchSettings(
        Integer.parseInt(env.getOrDefault("EOFFICE_PORT", "8080")),
        dataDir,
        env.getOrDefault("EOFFICE_DB_URL", defaultUrl),
        env.getOrDefault("EOFFICE_DB_USER", "sa"),
        env.getOrDefault("EOFFICE_DB_PASSWORD", ""),
        logLevel(env.get("EOFFICE_LOG_LEVEL")));
  }

  private static String logLevel(String named) {
    if (named == null || named.isBlank()) {
      return null;
    }
    try {
      return java.util.logging.Level.parse(named.strip().toUpperCase(java.util.Locale.ROOT))
          .getName();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "EOFFICE_LOG_LEVEL must be one of SEVERE, WARNING, INFO, FINE, FINER, FINEST, ALL or"
              + " OFF; it is "
              + named);
    }
  }

  boolean isPostgreSql() {
    return dbUrl.startsWith("jdbc:postgresql:");
  }

  /**
   * The data sources the EAR looks up: {@code eofficeDb} (JTA, for JPA) and {@code eofficeDbNonJta}
   * (for schema migrations, which commit by themselves), as TomEE resources.
   */
  public Properties containerProperties() {
    Properties properties = new Properties();
    dataSource(properties, "eofficeDb", true);
    dataSource(properties, "eofficeDbNonJta", false);
    properties.setProperty("eoffice.data.dir", dataDir.toString());
    // TomEE's default pool holds 10 instances of each stateless bean and makes the eleventh caller
    // wait; a busy office has more clerks and leaders at once than that. Instances are cheap, so
    // the pool keeps more and lets a burst create extra ones instead of queueing.
    properties.setProperty("eofficeStateless", "new://Container?type=STATELESS");
    properties.setProperty("eofficeStateless.MaxSize", "64");
    properties.setProperty("eofficeStateless.StrictPooling", "false");
    // TomEE times every EJB call for JMX unless told not to; the property's name reads backwards:
    // "false" switches the statistics interceptor off.
    properties.setProperty("openejb.stats.interceptor.disable", "false");
    return properties;
  }

  private void dataSource(Properties properties, String id, boolean jta) {
    properties.setProperty(id, "new://Resource?type=DataSource");
    properties.setProperty(
        id + ".JdbcDriver", isPostgreSql() ? "org.postgresql.Driver" : "org.h2.Driver");
    properties.setProperty(id + ".JdbcUrl", dbUrl);
    properties.setProperty(id + ".UserName", dbUser);
    properties.setProperty(id + ".Password", dbPassword);
    properties.setProperty(id + ".JtaManaged", Boolean.toString(jta));
    String largest = jta ? "20" : "4";
    properties.setProperty(id + ".MaxActive", largest);
    // The pool's defaults keep more idle connections than MaxActive allows, and say so at start.
    properties.setProperty(id + ".MaxIdle", largest);
    properties.setProperty(id + ".MinIdle", "0");
    properties.setProperty(id + ".InitialSize", "0");
    properties.setProperty(id + ".TestOnBorrow", "true");
    properties.setProperty(id + ".ValidationQuery", "SELECT 1");
    if (isPostgreSql()) {
      // A batch of inserts (a group of registrations) travels as one multi-row statement.
      properties.setProperty(id + ".ConnectionProperties", "reWriteBatchedInserts=true");
    }
  }

  /** The URL without its password, if one was written into it. */
  String safeDbUrl() {
    return dbUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }
}
