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

  private static final String ACTIVE = "SELECT active FROM agency WHERE id = ?";

  /** How long whether an agency is active is trusted before it is read again. */
  private static final long ACTIVE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(2);

  private final ConcurrentMap<String, Long> known = new ConcurrentHashMap<>();

  private record Active(boolean active, long readAt) {}

  private final ConcurrentMap<Long, Active> active = new ConcurrentHashMap<>();

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

  /**
   * Whether the agency is active, as the database said at most two seconds ago: a deactivated
   * agency's people are stopped within that time, on every node, without a message between them.
   */
  public boolean active(long agencyId) {
    Active known = active.get(agencyId);
    long now = System.nanoTime();
    if (known != null && now - known.readAt() < ACTIVE_NANOS) {
      return known.active();
    }
    boolean isActive;
    try (Connection connection = db.getConnection();
        PreparedStatement statement = connection.prepareStatement(ACTIVE)) {
      statement.setLong(1, agencyId);
      try (ResultSet row = statement.executeQuery()) {
        isActive = row.next() && row.getBoolean(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read whether an agency is active", e);
    }
    active.put(agencyId, new Active(isActive, now));
    return isActive;
  }
}
