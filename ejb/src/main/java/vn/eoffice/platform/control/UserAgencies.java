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
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The agency each user name belongs to, the one question asked across agencies: it decides which
 * agency a caller works in. Read with plain SQL on a connection of its own, outside any persistence
 * context of the call. A person never moves to another agency, so an agency read is kept; a name
 * that is no account (a timer's, a sign-in with a wrong name) is asked again after two seconds, as
 * is whether an agency is active. It is only a copy of the database.
 */
@ApplicationScoped
public class UserAgencies {

  private static final String AGENCY_OF = "SELECT agency_id FROM user_account WHERE username = ?";
  private static final String ACTIVE = "SELECT active FROM agency WHERE id = ?";

  /** How long an answer that may change (no such account, an agency active) is trusted. */
  private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(2);

  @Resource(name = "eofficeDbNonJta")
  DataSource db;

  /** An answer and when it was read. */
  private record Read<T>(T value, long at) {
    boolean fresh(long now) {
      return now - at < FRESH_NANOS;
    }
  }

  private final ConcurrentMap<String, Read<Optional<Long>>> agencies = new ConcurrentHashMap<>();
  private final ConcurrentMap<Long, Read<Boolean>> active = new ConcurrentHashMap<>();

  /** The agency of the account {@code username}; empty for a name that is no account. */
  public Optional<Long> of(String username) {
    if (username == null || username.isEmpty()) {
      return Optional.empty();
    }
    long now = System.nanoTime();
    Read<Optional<Long>> known = agencies.get(username);
    if (known != null && (known.value().isPresent() || known.fresh(now))) {
      return known.value();
    }
    Optional<Long> agency = taken(username);
    agencies.put(username, new Read<>(agency, now));
    return agency;
  }

  /** The agency of the account {@code username} as the database says it now, for uniqueness. */
  public Optional<Long> taken(String username) {
    return single(AGENCY_OF, username).map(Number.class::cast).map(Number::longValue);
  }

  /**
   * Whether the agency is active, as the database said at most two seconds ago: a deactivated
   * agency's people are stopped within that time, on every node, without a message between them.
   */
  public boolean active(long agencyId) {
    long now = System.nanoTime();
    Read<Boolean> known = active.get(agencyId);
    if (known != null && known.fresh(now)) {
      return known.value();
    }
    boolean isActive = single(ACTIVE, agencyId).map(Boolean.class::cast).orElse(false);
    active.put(agencyId, new Read<>(isActive, now));
    return isActive;
  }

  private Optional<Object> single(String sql, Object parameter) {
    try (Connection connection = db.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, parameter);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.ofNullable(row.getObject(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read " + sql, e);
    }
  }
}
