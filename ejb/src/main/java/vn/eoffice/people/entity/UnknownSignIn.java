package vn.eoffice.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The failed sign-ins under a name that is no account, counted and locked exactly as an account's
 * ({@link UserAccount#recordFailedSignIn}): whoever tries names learns nothing from the answers.
 */
@Entity
@Table(name = "unknown_sign_in")
@NamedQuery(
    name = UnknownSignIn.CLEAR_BEFORE,
    query = "DELETE FROM UnknownSignIn u WHERE u.lastFailure < :before")
public class UnknownSignIn {

  public static final String CLEAR_BEFORE = "UnknownSignIn.clearBefore";

  /** Longer names are no account's either; they are counted under their first this many. */
  public static final int MAX_NAME = 100;

  @Id
  @Column(length = MAX_NAME)
  private String username;

  @Column(name = "failed_sign_ins", nullable = false)
  private int failedSignIns;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_failure", nullable = false)
  private Instant lastFailure;

  protected UnknownSignIn() {}

  public UnknownSignIn(String username, Instant now) {
    this.username = key(username);
    this.lastFailure = now;
  }

  /** The name as it is counted. */
  public static String key(String username) {
    return username.length() <= MAX_NAME ? username : username.substring(0, MAX_NAME);
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /** As {@link UserAccount#recordFailedSignIn}. */
  public void recordFailedSignIn(Instant now, int limit, Duration lockDuration) {
    lastFailure = now;
    failedSignIns++;
    if (failedSignIns >= limit) {
      lockedUntil = now.plus(lockDuration);
      failedSignIns = 0;
    }
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }
}
