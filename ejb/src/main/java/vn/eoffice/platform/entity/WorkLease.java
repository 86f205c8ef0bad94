package vn.eoffice.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Who runs a piece of work that must run on one node at a time, and until when: the holder renews
 * the lease while it works; once it has expired any node may take it.
 */
@Entity
@Table(name = "work_lease")
@NamedQuery(
    name = WorkLease.TAKE,
    query =
        "UPDATE WorkLease l SET l.holder = :holder, l.expiresAt = :until WHERE l.name = :name"
            + " AND (l.holder = :holder OR l.expiresAt < :now)")
@NamedQuery(
    name = WorkLease.RELEASE,
    query = "UPDATE WorkLease l SET l.expiresAt = :now WHERE l.name = :name AND l.holder = :holder")
public class WorkLease {

  public static final String TAKE = "WorkLease.take";
  public static final String RELEASE = "WorkLease.release";

  @Id
  @Column(length = 64)
  private String name;

  @Column(nullable = false, length = 128)
  private String holder;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected WorkLease() {}

  public WorkLease(String name, String holder, Instant expiresAt) {
    this.name = name;
    this.holder = holder;
    this.expiresAt = expiresAt;
  }

  public String getName() {
    return name;
  }

  public String getHolder() {
    return holder;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
