package vn.eoffice.people.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.organisation.entity.Unit;
import vn.eoffice.platform.entity.AgencyRecord;

/** A person who signs in: roles, units, and the state of their password and lock-out. */
@Entity
@Table(name = "user_account")
@NamedQuery(
    name = UserAccount.BY_USERNAME,
    query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = UserAccount.ALL, query = "SELECT u FROM UserAccount u ORDER BY u.username")
public class UserAccount extends AgencyRecord {

  public static final String BY_USERNAME = "UserAccount.byUsername";
  public static final String ALL = "UserAccount.all";

  /** The same column as {@link #getAgencyId()}, which writes it; read here as the agency. */
  @ManyToOne(optional = false)
  @JoinColumn(name = "agency_id", insertable = false, updatable = false)
  private Agency agency;

  @Column(nullable = false, length = 64)
  private String username;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  /** Chức vụ, e.g. "Chủ tịch", printed under a signature. */
  @Column(name = "position_title")
  private String positionTitle;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "failed_sign_ins", nullable = false)
  private int failedSignIns;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "preferred_language", nullable = false, length = 8)
  private String preferredLanguage = "vi";

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", length = 16)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "unit_membership",
      joinColumns = @JoinColumn(name = "user_id"),
      inverseJoinColumns = @JoinColumn(name = "unit_id"))
  private Set<Unit> units = new LinkedHashSet<>();

  protected UserAccount() {}

  public UserAccount(Agency agency, String username, String fullName, String passwordHash) {
    this.agency = agency;
    belongsTo(agency == null ? null : agency.getId());
    this.username = username;
    this.fullName = fullName;
    this.passwordHash = passwordHash;
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /**
   * Counts a failed sign-in; the one that reaches {@code limit} locks the account for {@code
   * lockDuration} and starts the count again.
   */
  public void recordFailedSignIn(Instant now, int limit, Duration lockDuration) {
    failedSignIns++;
    if (failedSignIns >= limit) {
      lockedUntil = now.plus(lockDuration);
      failedSignIns = 0;
    }
  }

  public void recordSuccessfulSignIn() {
    failedSignIns = 0;
    lockedUntil = null;
  }

  public void unlock() {
    recordSuccessfulSignIn();
  }

  public Agency getAgency() {
    return agency;
  }

  public String getUsername() {
    return username;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getPositionTitle() {
    return positionTitle;
  }

  public void setPositionTitle(String positionTitle) {
    this.positionTitle = positionTitle;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public void setPreferredLanguage(String preferredLanguage) {
    this.preferredLanguage = preferredLanguage;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public void setRoles(Set<Role> roles) {
    this.roles.clear();
    this.roles.addAll(roles);
  }

  public Set<Unit> getUnits() {
    return Set.copyOf(units);
  }

  public void setUnits(Set<Unit> units) {
    this.units.clear();
    this.units.addAll(units);
  }
}
