package vn.eoffice.organisation.boundary;

import static vn.eoffice.platform.control.Texts.blankToNull;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.organisation.entity.Unit;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.InputValidator;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.platform.entity.AgencyScope;

/**
 * The caller's agency and its units. Everyone signed in may read the tree; only the agency's
 * administrators change it.
 */
@Stateless
@PermitAll
public class OrganisationService {

  @PersistenceContext EntityManager em;
  @Inject InputValidator input;
  @EJB AuditLog audit;

  /** The caller's agency (the one in scope); a read, so it joins a transaction but starts none. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Agency agency() {
    long id = AgencyScope.required();
    Agency agency = em.find(Agency.class, id);
    if (agency == null) {
      throw new IllegalStateException("No agency " + id);
    }
    return agency;
  }

  public AgencyView agencyWithUnits() {
    Agency agency = agency();
    return AgencyView.of(agency, units(agency));
  }

  public List<UnitView> units(Agency agency) {
    return em
        .createNamedQuery(Unit.OF_AGENCY, Unit.class)
        .setParameter("agency", agency)
        .getResultList()
        .stream()
        .map(UnitView::of)
        .toList();
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public UnitView createUnit(NewUnit command) {
    input.check(command);
    Agency agency = agency();
    Unit parent = command.parentId() == null ? null : find(command.parentId(), "parentId");
    boolean taken =
        !em.createNamedQuery(Unit.BY_ABBREVIATION, Unit.class)
            .setParameter("agency", agency)
            .setParameter("abbreviation", command.abbreviation())
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new InvalidInputException(
          Violation.of(
              "abbreviation",
              "Unique",
              "another unit of the agency already uses " + command.abbreviation()));
    }
    Unit unit = new Unit(agency, parent, command.name().trim(), command.abbreviation());
    em.persist(unit);
    em.flush();
    return UnitView.of(unit);
  }

  /** Names where the agency's seal key is on the HSM (empty: the installation's). */
  @RolesAllowed(Role.ADMIN_NAME)
  public AgencyView chooseSealKey(SealKeyForm form) {
    input.check(form);
    Agency agency = agency();
    agency.sealWith(blankToNull(form.tokenLabel()), blankToNull(form.keyAlias()));
    audit.record(
        AuditAction.AGENCY_CHANGED,
        "Agency",
        agency.getId(),
        "seal key: token " + agency.getSealTokenLabel() + ", key " + agency.getSealKeyAlias());
    return agencyWithUnits();
  }

  /** A unit of this agency; {@code field} names the input that referred to it. */
  public Unit find(long unitId, String field) {
    Unit unit = em.find(Unit.class, unitId);
    if (unit == null) {
      throw new InvalidInputException(
          Violation.of(field, "Exists", "there is no unit with id " + unitId));
    }
    return unit;
  }

  public UnitView unit(long unitId) {
    Unit unit = em.find(Unit.class, unitId);
    if (unit == null) {
      throw new NotFoundException("Unit", unitId);
    }
    return UnitView.of(unit);
  }
}
