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
 * when it is first written; one made for another agency is refused.
 *
 * <p>Native SQL is not filtered: the few statements that write or read these tables by SQL (see
 * IncomingRows, RegisterNumbering) name the agency themselves.
 */
@MappedSuperclass
@AdditionalCriteria("this.agencyId = :" + AgencyScope.PROPERTY)
public abstract class AgencyRecord extends PersistentEntity {

  @Column(name = "agency_id", nullable = false, updatable = false)
  private Long agencyId;

  public Long getAgencyId() {
    return agencyId;
  }

  @PrePersist
  void stampAgency() {
    agencyId = Agencies.stamp(agencyId, getClass());
  }

  /** Gives a record written by SQL (see IncomingRows) the agency its row was written with. */
  protected void belongsTo(long agencyId) {
    this.agencyId = agencyId;
  }

  /** The check shared by every record that belongs to an agency. */
  public static final class Agencies {

    private Agencies() {}

    /** The agency a record is written for: the one in scope, which it must not contradict. */
    public static long stamp(Long given, Class<?> kind) {
      long scope =
          AgencyScope.current()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "A " + kind.getSimpleName() + " written with no agency in scope"));
      if (given != null && given != scope) {
        throw new IllegalStateException(
            "A " + kind.getSimpleName() + " of agency " + given + " written for agency " + scope);
      }
      return scope;
    }
  }
}
