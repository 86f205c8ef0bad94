package vn.eoffice.reports.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.organisation.entity.Unit;
import vn.eoffice.people.control.Readers;
import vn.eoffice.people.entity.Reader;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.AccessDeniedException;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.platform.control.Clocks;
import vn.eoffice.registers.entity.Direction;
import vn.eoffice.reports.control.DashboardSheet;
import vn.eoffice.reports.control.KpiCalculator;
import vn.eoffice.reports.control.LeadLine;
import vn.eoffice.workflow.entity.AssignmentState;
import vn.eoffice.workflow.entity.HandlingRole;

/**
 * The dashboard: documents received and issued per month, handled on time, average handling time
 * and overdue work, for the agency (agency leaders and clerks) or one unit (also its leaders).
 */
@Stateless
@RolesAllowed({Role.LEADER_NAME, Role.CLERK_NAME})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Dashboards {

  /** The earliest year asked for; nothing was registered electronically before it. */
  static final int FIRST_YEAR = 2000;

  /** A workbook and the name to save it under. */
  public record Export(byte[] content, String fileName) {}

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject Clock clock;
  @Inject Readers readers;

  /**
   * The dashboard of a year.
   *
   * @param year null for the current year
   * @param unitId null for the agency
   */
  public Dashboard of(Integer year, Long unitId) {
    LocalDate today = LocalDate.now(clock);
    int chosen = year == null ? today.getYear() : year;
    if (chosen < FIRST_YEAR || chosen > today.getYear()) {
      throw new InvalidInputException(
          Violation.of(
              "year",
              "Range",
              "the year must lie between " + FIRST_YEAR + " and " + today.getYear()));
    }
    Unit unit = unitId == null ? null : em.find(Unit.class, unitId);
    if (unitId != null && unit == null) {
      throw new NotFoundException("Unit", unitId);
    }
    checkAccess(unitId);

    KpiCalculator kpi = new KpiCalculator(chosen, Clocks.VIETNAM, today);
    Facts facts = facts(kpi.yearStart(), kpi.yearEnd());
    if (unit != null) {
      Scope scope = facts.of(unit.getId());
      return new Dashboard(
          unit.getId(),
          unit.getName(),
          chosen,
          today,
          kpi.months(scope.received(), scope.issued(), scope.lines()),
          kpi.year(scope.received(), scope.issued(), scope.lines()),
          List.of());
    }
    List<Dashboard.UnitRow> rows =
        em.createQuery("SELECT u FROM Unit u", Unit.class).getResultList().stream()
            .filter(u -> !u.isLeadership())
            .sorted(Comparator.comparing(Unit::getName))
            .map(
                u -> {
                  Scope scope = facts.of(u.getId());
                  return new Dashboard.UnitRow(
                      u.getId(),
                      u.getName(),
                      u.getAbbreviation(),
                      kpi.year(scope.received(), scope.issued(), scope.lines()));
                })
            .toList();
    return new Dashboard(
        null,
        agencyName(),
        chosen,
        today,
        kpi.months(facts.received(), facts.issuedAt(), facts.leadLines()),
        kpi.year(facts.received(), facts.issuedAt(), facts.leadLines()),
        rows);
  }

  /** The dashboard as an XLSX workbook: the months, and for the agency one row per unit. */
  public Export workbook(Integer year, Long unitId) {
    Dashboard dashboard = of(year, unitId);
    String stamp =
        LocalDateTime.now(clock.withZone(Clocks.VIETNAM))
            .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"));
    return new Export(
        DashboardSheet.xlsx(dashboard, agencyName()),
        "bao-cao-xu-ly-van-ban-" + dashboard.year() + "-" + stamp + ".xlsx");
  }

  private void checkAccess(Long unitId) {
    Reader reader = readers.of(context.getCallerPrincipal().getName());
    if (reader.agencyLeader() || reader.has(Role.CLERK)) {
      return;
    }
    if (unitId == null) {
      throw new AccessDeniedException(
          "dashboard-scope", "the agency's dashboard is for the agency's leaders and clerks");
    }
    if (!reader.leads(unitId)) {
      throw new AccessDeniedException(
          "dashboard-scope",
          "a unit's dashboard is for the unit's leaders, the agency's leaders and clerks");
    }
  }

  private String agencyName() {
    return em.createNamedQuery(Agency.ALL, Agency.class).setMaxResults(1).getResultList().stream()
        .findFirst()
        .map(Agency::getName)
        .orElse("");
  }

  /** What happened in the year, loaded once, and who belongs to which unit. */
  private Facts facts(Instant from, Instant to) {
    List<Instant> received =
        em.createQuery(
                "SELECT d.receivedAt FROM Document d WHERE d.direction = :direction"
                    + " AND d.receivedAt >= :from AND d.receivedAt < :to",
                Instant.class)
            .setParameter("direction", Direction.INCOMING)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    List<Object[]> issued =
        em.createQuery(
                "SELECT d.issuedAt, u.id, d.createdBy FROM Document d LEFT JOIN d.draftingUnit u"
                    + " WHERE d.direction = :direction AND d.issuedAt >= :from AND d.issuedAt < :to",
                Object[].class)
            .setParameter("direction", Direction.OUTGOING)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    List<Object[]> lines =
        em.createQuery(
                "SELECT a.assignedAt, a.finishedAt, a.deadline, a.state, u.id, a.assigneeUser"
                    + " FROM Assignment a LEFT JOIN a.assigneeUnit u"
                    + " WHERE a.parent IS NULL AND a.role = :lead AND ((a.assignedAt >= :from"
                    + " AND a.assignedAt < :to) OR (a.finishedAt >= :from AND a.finishedAt < :to)"
                    + " OR a.state <> :done)",
                Object[].class)
            .setParameter("lead", HandlingRole.LEAD)
            .setParameter("done", AssignmentState.DONE)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    Map<String, Set<Long>> memberships = new HashMap<>();
    for (Object[] row :
        em.createQuery("SELECT a.username, u.id FROM UserAccount a JOIN a.units u", Object[].class)
            .getResultList()) {
      memberships.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((Long) row[1]);
    }
    return new Facts(received, issued, lines, memberships);
  }

  /** The facts of one scope: its received instants, issued instants and lead lines. */
  private record Scope(List<Instant> received, List<Instant> issued, List<LeadLine> lines) {}

  private record Facts(
      List<Instant> received,
      List<Object[]> issued,
      List<Object[]> lines,
      Map<String, Set<Long>> memberships) {

    List<Instant> issuedAt() {
      return issued.stream().map(row -> (Instant) row[0]).toList();
    }

    List<LeadLine> leadLines() {
      return lines.stream().map(Facts::line).toList();
    }

    /** Lines of the unit or its people; drafts of the unit (or of its people, when unnamed). */
    Scope of(long unitId) {
      Predicate<String> member =
          username ->
              username != null && memberships.getOrDefault(username, Set.of()).contains(unitId);
      List<LeadLine> mine =
          lines.stream()
              .filter(row -> Long.valueOf(unitId).equals(row[4]) || member.test((String) row[5]))
              .map(Facts::line)
              .toList();
      List<Instant> drafted =
          issued.stream()
              .filter(
                  row ->
                      row[1] != null
                          ? Long.valueOf(unitId).equals(row[1])
                          : member.test((String) row[2]))
              .map(row -> (Instant) row[0])
              .toList();
      return new Scope(mine.stream().map(LeadLine::assignedAt).toList(), drafted, mine);
    }

    private static LeadLine line(Object[] row) {
      return new LeadLine(
          (Instant) row[0], (Instant) row[1], (LocalDate) row[2], row[3] != AssignmentState.DONE);
    }
  }
}
