package vn.eoffice.platform.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import vn.eoffice.platform.entity.WorkLease;

/**
 * Database leases for the work that must run on one node at a time. Each take or renewal is one
 * conditional update in a transaction of its own, so two nodes asking at the same moment cannot
 * both get it; a node's clock only decides when its own lease runs out, and leases last many times
 * longer than the clocks of a province's servers differ.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Leases {

  /** This node, for as long as the application runs: {@code EOFFICE_NODE_ID} or a random id. */
  public static final String NODE =
      Settings.get("eoffice.node.id").orElseGet(() -> "node-" + UUID.randomUUID());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Not JTA-managed: for giving a lease back while the application stops. */
  @Resource(name = "eofficeDbNonJta")
  DataSource direct;

  /** An expiry long past, whatever time zone reads it. */
  private static final Timestamp LONG_AGO = Timestamp.valueOf("2000-01-01 00:00:00");

  /**
   * Takes or renews the lease {@code name} for this node for {@code length}; true when this node
   * holds it now.
   */
  public boolean take(String name, Duration length) {
    return take(name, NODE, length);
  }

  /** Takes or renews the lease {@code name} for {@code holder}; true when it holds it now. */
  public boolean take(String name, String holder, Duration length) {
    Instant now = clock.instant();
    int taken =
        em.createNamedQuery(WorkLease.TAKE)
            .setParameter("holder", holder)
            .setParameter("until", now.plus(length))
            .setParameter("name", name)
            .setParameter("now", now)
            .executeUpdate();
    if (taken == 1) {
      return true;
    }
    if (em.find(WorkLease.class, name) != null) {
      return false;
    }
    try {
      em.persist(new WorkLease(name, holder, now.plus(length)));
      em.flush();
      return true;
    } catch (PersistenceException e) {
      // Another node created it a moment earlier: that node holds it.
      return false;
    }
  }

  /** Gives back the lease {@code holder} holds, if it still does. */
  public void release(String name, String holder) {
    em.createNamedQuery(WorkLease.RELEASE)
        .setParameter("name", name)
        .setParameter("holder", holder)
        .setParameter("now", clock.instant())
        .executeUpdate();
  }

  /**
   * Gives the lease back while the application stops: one statement outside any transaction, for by
   * then the transaction manager may take no new work (the lease would otherwise only run out, and
   * a node started at once would wait for it).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void releaseOnStop(String name) {
    try (Connection connection = direct.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE work_lease SET expires_at = ? WHERE name = ? AND holder = ?")) {
      update.setTimestamp(1, LONG_AGO);
      update.setString(2, name);
      update.setString(3, NODE);
      update.executeUpdate();
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the lease " + name + " could not be given back", e);
    }
  }

  /** Who holds the lease and until when, if anyone ever took it. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<WorkLease> holder(String name) {
    return Optional.ofNullable(em.find(WorkLease.class, name));
  }
}
