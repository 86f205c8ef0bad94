package vn.eoffice.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * A record that belongs to one agency. This is the one place where agencies are kept apart: the
 * provider adds {@code agency_id = <the agency in scope>} to every query of these records (JPQL,
 * criteria, {@code find}, relations and bulk statements alike), so a service cannot forget it, and
 * a record of another agency reads as if it did not exist. A new record takes the agency in scope
 * where it is made; one written for another agency than the one in scope is refused.
 *
 * <p>Native SQL is not filtered: the few statements that write or read these tables by SQL (see
 * IncomingRows, RegisterNumbering) name the agency themselves.
 */
@MappedSuperclass
@AdditionalCriteria("this.agencyId = :" + AgencyScope.PROPERTY)
public abstract class AgencyRecord extends PersistentEntity {

  @Column(name = "agency_id", nullable = false, updatable = false)
  private Long agencyId;

  /**
   * A new record belongs to the agency in scope where it is made: it may be written only when the
   * transaction commits, after the service call that made it has left its scope.
   */
  protected AgencyRecord() {
    agencyId = AgencyScope.current().orElse(null);
  }

  public Long getAgencyId() {
    return agencyId;
  }

  @PrePersist
  void stampAgency() {
    agencyId = Agencies.stamp(agencyId, getClass());
  }

  /**
   * Makes the record its agency's, the one given (an agency not saved yet, which has no id, gives
   * none: the agency in scope then stays).
   */
  protected void belongsTo(Long agencyId) {
    if (agencyId != null) {
      this.agencyId = agencyId;
    }
  }

  /** The check shared by every record that belongs to an agency. */
  public static final class Agencies {

    private Agencies() {}

    /**
     * The agency a record is written for: the one it was made for, which the agency in scope, if
     * any (a transaction commits after its call has left the scope), must not contradict.
     */
    public static long stamp(Long given, Class<?> kind) {
      Long scope = AgencyScope.current().orElse(null);
      if (given == null && scope == null) {
        throw new IllegalStateException(
            "A " + kind.getSimpleName() + " written with no agency in scope");
      }
      if (given != null && scope != null && !given.equals(scope)) {
        throw new IllegalStateException(
            "A " + kind.getSimpleName() + " of agency " + given + " written for agency " + scope);
      }
      return given != null ? given : scope;
    }
  }
}
