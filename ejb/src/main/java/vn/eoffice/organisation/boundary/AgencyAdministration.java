package vn.eoffice.organisation.boundary;

import static vn.eoffice.platform.control.Texts.blankToNull;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.organisation.control.AgencySetup;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.organisation.entity.OrganCode;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.InputValidator;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.platform.control.UserAgencies;
import vn.eoffice.platform.entity.AgencyScope;

/**
 * The platform's agencies, for its administrator: the tree, a new agency, its details, whether it
 * is active, and its first administrator. Nothing here reads an agency's records: the number of its
 * people is the one figure shown of it.
 */
@Stateless
@RolesAllowed(Role.PLATFORM_ADMIN_NAME)
public class AgencyAdministration {

  private static final String PEOPLE =
      "SELECT agency_id, COUNT(*) FROM user_account GROUP BY agency_id";

  private static final String PEOPLE_OF = "SELECT COUNT(*) FROM user_account WHERE agency_id = ?";

  @PersistenceContext EntityManager em;
  @Inject InputValidator input;
  @Inject UserAgencies users;
  @EJB AgencySetup setup;
  @EJB AuditLog audit;

  /** Every agency, parents before their children (by id within a level). */
  public List<AgencyDetails> agencies() {
    Map<Long, Long> people = new HashMap<>();
    for (Object row : em.createNativeQuery(PEOPLE).getResultList()) {
      Object[] columns = (Object[]) row;
      people.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
    }
    return em.createNamedQuery(Agency.ALL, Agency.class).getResultList().stream()
        .map(a -> AgencyDetails.of(a, people.getOrDefault(a.getId(), 0L)))
        .toList();
  }

  public AgencyDetails agency(long id) {
    return details(find(id));
  }

  /** The agency with the number of its people, counted in plain SQL across agencies. */
  private AgencyDetails details(Agency agency) {
    Number people =
        (Number) em.createNativeQuery(PEOPLE_OF).setParameter(1, agency.getId()).getSingleResult();
    return AgencyDetails.of(agency, people.longValue());
  }

  public AgencyDetails create(AgencyForm form) {
    input.check(form);
    Agency agency = new Agency(form.name().trim(), form.abbreviation(), code(form, null));
    fill(agency, form);
    em.persist(agency);
    em.flush();
    audit.record(AuditAction.AGENCY_CREATED, "Agency", agency.getId(), agency.getName());
    return AgencyDetails.of(agency, 0);
  }

  public AgencyDetails change(long id, AgencyForm form) {
    input.check(form);
    Agency agency = find(id);
    agency.rename(form.name().trim(), form.abbreviation(), code(form, agency));
    fill(agency, form);
    audit.record(AuditAction.AGENCY_CHANGED, "Agency", id, agency.getName());
    return details(agency);
  }

  /** A deactivated agency keeps every record; its people can no longer sign in. */
  public AgencyDetails activate(long id, boolean active) {
    Agency agency = find(id);
    agency.setActive(active);
    audit.record(AuditAction.AGENCY_CHANGED, "Agency", id, active ? "activated" : "deactivated");
    return details(agency);
  }

  /** Names the agency's first administrator, who then adds its people, units and registers. */
  public AgencyDetails firstAdministrator(long id, FirstAdministrator command) {
    input.check(command);
    Agency agency = find(id);
    if (users.taken(command.username()).isPresent()) {
      throw new InvalidInputException(
          Violation.of("username", "Unique", "the username " + command.username() + " is taken"));
    }
    AgencyScope.run(agency.getId(), () -> setup.firstAdministrator(agency.getId(), command));
    audit.record(AuditAction.AGENCY_ADMINISTRATOR_NAMED, "Agency", id, command.username());
    return details(agency);
  }

  private Agency find(long id) {
    Agency agency = em.find(Agency.class, id);
    if (agency == null) {
      throw new NotFoundException("Agency", id);
    }
    return agency;
  }

  /** The form's mã định danh, checked: its form, and no other agency has it. */
  private String code(AgencyForm form, Agency changed) {
    String typed = blankToNull(form.organisationCode());
    if (typed == null) {
      return null;
    }
    String problem = OrganCode.problem(typed.strip().toUpperCase(java.util.Locale.ROOT));
    if (problem != null) {
      throw new InvalidInputException(Violation.of("organisationCode", "OrganCode", problem));
    }
    String code = OrganCode.parse(typed).text();
    boolean taken =
        em
            .createNamedQuery(Agency.BY_CODE, Agency.class)
            .setParameter("code", code)
            .getResultList()
            .stream()
            .anyMatch(a -> a != changed);
    if (taken) {
      throw new InvalidInputException(
          Violation.of(
              "organisationCode", "Unique", "another agency already has the code " + code));
    }
    return code;
  }

  private void fill(Agency agency, AgencyForm form) {
    Agency parent = null;
    if (form.parentId() != null) {
      parent = em.find(Agency.class, form.parentId());
      if (parent == null) {
        throw new InvalidInputException(
            Violation.of("parentId", "Exists", "there is no agency with id " + form.parentId()));
      }
    }
    try {
      agency.setParent(parent);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(Violation.of("parentId", "NoCycle", e.getMessage()));
    }
    agency.setAddress(blankToNull(form.address()));
    agency.setEmail(blankToNull(form.email()));
    agency.setTelephone(blankToNull(form.telephone()));
    agency.setPlaceName(blankToNull(form.placeName()));
  }
}
