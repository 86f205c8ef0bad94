package vn.eoffice.reports.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard of one scope (the agency, or one unit) for one calendar year.
 *
 * <p>Handling figures count the top lines of the handling forms whose role is lead (chủ trì): for a
 * unit, lines assigned to the unit or to one of its people. {@code received} is, for the agency,
 * the incoming documents received in the month (Vietnam time) and, for a unit, the lead lines
 * assigned to it in the month. {@code issued} is the outgoing documents issued in the month (for a
 * unit: drafted by it). A line is handled on time when it was finished on or before its deadline
 * (after granted extensions); lines without a deadline are left out of the on-time rate. The
 * average handling time runs from assignment to finish, in days. {@code open} and {@code overdue}
 * are counted on the day of the report, whatever the year.
 *
 * @param unitId null for the agency
 * @param units for the agency: one row per unit; empty for a unit
 */
public record Dashboard(
    Long unitId,
    String scopeName,
    int year,
    LocalDate asOf,
    List<Month> months,
    Figures total,
    List<UnitRow> units) {

  /** One month of the year. */
  public record Month(int month, Figures figures) {}

  /** Counts and rates of a period. Rates and averages are null when nothing was handled. */
  public record Figures(
      int received,
      int issued,
      int handled,
      int handledOnTime,
      int handledLate,
      Double onTimePercent,
      Double averageHandlingDays,
      int open,
      int overdue) {}

  /** One unit's figures for the year, in the agency's dashboard. */
  public record UnitRow(long unitId, String unitName, String abbreviation, Figures figures) {}
}
