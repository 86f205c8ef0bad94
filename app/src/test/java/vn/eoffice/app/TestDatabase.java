package vn.eoffice.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The application's database as the tests read it beside the application. */
final class TestDatabase {

  private TestDatabase() {}

  /** A connection to the database the application under test uses. */
  static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("eoffice.db.url"),
        System.getProperty("eoffice.db.user"),
        System.getProperty("eoffice.db.password"));
  }

  /** The one number a query answers. */
  static long single(Statement sql, String query) throws SQLException {
    try (ResultSet row = sql.executeQuery(query)) {
      row.next();
      return row.getLong(1);
    }
  }
}
