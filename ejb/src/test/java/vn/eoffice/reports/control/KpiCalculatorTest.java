package vn.eoffice.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eoffice.reports.boundary.Dashboard.Figures;
import vn.eoffice.reports.boundary.Dashboard.Month;

class KpiCalculatorTest {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private final KpiCalculator kpi = new KpiCalculator(2019, VIETNAM, TODAY);

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant();
  }

  private static LeadLine done(String assigned, String finished, String deadline) {
    return new LeadLine(
        at(assigned), at(finished), deadline == null ? null : LocalDate.parse(deadline), false);
  }

  private static LeadLine open(String assigned, String deadline) {
    return new LeadLine(at(assigned), null, LocalDate.parse(deadline), true);
  }

  private final List<LeadLine> lines =
      List.of(
          done("2019-03-06T08:00", "2019-03-15T08:00", "2019-03-20"), // 9 days, on time
          done("2019-03-11T08:00", "2019-04-02T08:00", "2019-03-20"), // 22 days, late
          done("2019-04-01T08:00", "2019-04-03T08:00", "2019-04-30"), // 2 days, on time
          open("2019-04-21T08:00", "2019-05-05"), // open, overdue today
          done("2019-05-02T08:00", "2019-05-06T08:00", null), // 4 days, no deadline
          open("2026-11-20T08:00", "2026-11-30")); // open, not yet due, another year
  private final List<Instant> received =
      List.of(at("2019-03-05T09:00"), at("2019-12-31T23:30"), at("2020-01-01T00:10"));
  private final List<Instant> issued = List.of(at("2019-02-14T10:00"), at("2019-04-09T10:00"));

  @Test
  void monthsCountByTheMonthInVietnamAndRateOnlyLinesWithADeadline() {
    List<Month> months = kpi.months(received, issued, lines);

    assertThat(months)
        .hasSize(12)
        .extracting(Month::month)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    assertThat(months.get(1).figures().issued()).isEqualTo(1);
    Figures march = months.get(2).figures();
    assertThat(march).isEqualTo(new Figures(1, 0, 1, 1, 0, 100.0, 9.0, 0, 0));
    Figures april = months.get(3).figures();
    assertThat(april).isEqualTo(new Figures(0, 1, 2, 1, 1, 50.0, 12.0, 0, 0));
    Figures may = months.get(4).figures();
    assertThat(may).isEqualTo(new Figures(0, 0, 1, 0, 0, null, 4.0, 0, 0));
    // 23:30 on 31 December in Vietnam is still December, though it is 16:30 UTC.
    assertThat(months.get(11).figures().received()).isEqualTo(1);
    assertThat(months.get(0).figures().received()).isZero();
  }

  @Test
  void theYearAddsUpAndCountsOpenAndOverdueLinesOfToday() {
    Figures year = kpi.year(received, issued, lines);

    // on time 2 of 3 with a deadline = 66.7 %; (9 + 22 + 2 + 4) / 4 = 9.25 days, rounded up.
    assertThat(year).isEqualTo(new Figures(2, 2, 4, 2, 1, 66.7, 9.3, 2, 1));
  }

  @Test
  void aYearWithNothingHandledHasNoRates() {
    Figures empty = new KpiCalculator(2018, VIETNAM, TODAY).year(received, issued, lines);

    assertThat(empty.handled()).isZero();
    assertThat(empty.onTimePercent()).isNull();
    assertThat(empty.averageHandlingDays()).isNull();
  }

  @Test
  void aLineFinishedLateInTheEveningOfItsDeadlineIsOnTime() {
    LeadLine lastEvening = done("2019-06-01T08:00", "2019-06-10T23:59", "2019-06-10");
    LeadLine nextMorning = done("2019-06-01T08:00", "2019-06-11T00:01", "2019-06-10");

    Figures june =
        kpi.months(List.of(), List.of(), List.of(lastEvening, nextMorning)).get(5).figures();

    assertThat(june.handledOnTime()).isEqualTo(1);
    assertThat(june.handledLate()).isEqualTo(1);
  }

  @Test
  void theYearRunsFromMidnightInVietnam() {
    assertThat(kpi.yearStart()).isEqualTo(Instant.parse("2018-12-31T17:00:00Z"));
    assertThat(kpi.yearEnd()).isEqualTo(Instant.parse("2019-12-31T17:00:00Z"));
  }
}
