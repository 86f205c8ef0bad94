package vn.eoffice.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;

/**
 * The agency each user name belongs to, the one question asked across agencies: it decides which
 * agency a caller works in. Read with plain SQL on a connection of its own, before any persistence
 * context of the call exists (one made earlier would know no agency). A person never moves to
 * another agency, so what was read is kept; it is only a copy of the database.
 */
@ApplicationScoped
public class UserAgencies {

  private static final String AGENCY_OF = "SELECT agency_id FROM user_account WHERE username = ?";

  @Resource(name = "eofficeDbNonJta")
  DataSource db;

  private final ConcurrentMap<String, Long> known = new ConcurrentHashMap<>();

  /** The agency of the account {@code username}; empty for a name that is no account. */
  public Optional<Long> of(String username) {
    if (username == null || username.isEmpty()) {
      return Optional.empty();
    }
    Long agency = known.get(username);
    if (agency != null) {
      return Optional.of(agency);
    }
    try (Connection connection = db.getConnection();
        PreparedStatement statement = connection.prepareStatement(AGENCY_OF)) {
      statement.setString(1, username);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        agency = row.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the agency of a user", e);
    }
    known.put(username, agency);
    return Optional.of(agency);
  }
}
