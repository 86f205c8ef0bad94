package vn.eoffice.reports.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.eoffice.reports.boundary.Dashboard.Figures;
import vn.eoffice.reports.boundary.Dashboard.Month;

/**
 * Turns the facts of one scope into the dashboard's figures: per month of a calendar year in the
 * agency's time zone, and for the whole year. See {@link vn.eoffice.reports.boundary.Dashboard} for
 * what each figure means.
 */
public final class KpiCalculator {

  private static final double SECONDS_PER_DAY = 86_400.0;

  private final int year;
  private final ZoneId zone;
  private final LocalDate today;

  public KpiCalculator(int year, ZoneId zone, LocalDate today) {
    this.year = year;
    this.zone = zone;
    this.today = today;
  }

  /** The first instant of the year and the first of the next, in the agency's time zone. */
  public Instant yearStart() {
    return LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
  }

  public Instant yearEnd() {
    return LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
  }

  /** The twelve months. */
  public List<Month> months(
      Collection<Instant> received, Collection<Instant> issued, Collection<LeadLine> lines) {
    List<Month> months = new ArrayList<>(12);
    for (int m = 1; m <= 12; m++) {
      int month = m;
      months.add(
          new Month(
              month,
              figures(
                  received.stream().filter(at -> inMonth(at, month)).count(),
                  issued.stream().filter(at -> inMonth(at, month)).count(),
                  lines.stream()
                      .filter(l -> l.finishedAt() != null && inMonth(l.finishedAt(), month))
                      .toList(),
                  List.of())));
    }
    return months;
  }

  /** The whole year, with the lines open today. */
  public Figures year(
      Collection<Instant> received, Collection<Instant> issued, Collection<LeadLine> lines) {
    return figures(
        received.stream().filter(this::inYear).count(),
        issued.stream().filter(this::inYear).count(),
        lines.stream().filter(l -> l.finishedAt() != null && inYear(l.finishedAt())).toList(),
        lines.stream().filter(LeadLine::open).toList());
  }

  private Figures figures(
      long received, long issued, List<LeadLine> handled, List<LeadLine> openLines) {
    int onTime = 0;
    int late = 0;
    double days = 0;
    for (LeadLine line : handled) {
      days += Duration.between(line.assignedAt(), line.finishedAt()).toSeconds() / SECONDS_PER_DAY;
      if (line.deadline() != null) {
        if (line.finishedAt().atZone(zone).toLocalDate().isAfter(line.deadline())) {
          late++;
        } else {
          onTime++;
        }
      }
    }
    int overdue =
        (int)
            openLines.stream()
                .filter(l -> l.deadline() != null && l.deadline().isBefore(today))
                .count();
    return new Figures(
        (int) received,
        (int) issued,
        handled.size(),
        onTime,
        late,
        onTime + late == 0 ? null : oneDecimal(100.0 * onTime / (onTime + late)),
        handled.isEmpty() ? null : oneDecimal(days / handled.size()),
        openLines.size(),
        overdue);
  }

  private boolean inYear(Instant at) {
    return at.atZone(zone).getYear() == year;
  }

  private boolean inMonth(Instant at, int month) {
    ZonedDateTime local = at.atZone(zone);
    return local.getYear() == year && local.getMonthValue() == month;
  }

  private static double oneDecimal(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
  }
}
