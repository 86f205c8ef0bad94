package vn.eoffice.edxml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The standard's dates, {@code yyyy/MM/dd}, and times, {@code yyyy/MM/dd HH:mm:ss}; read also in
 * the ISO forms and with dashes, as other systems write them.
 */
final class EdXmlDates {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");
  private static final List<DateTimeFormatter> DATES =
      List.of(DATE, DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("dd/MM/uuuu"));
  private static final List<DateTimeFormatter> TIMES =
      List.of(
          TIME,
          DateTimeFormatter.ISO_LOCAL_DATE_TIME,
          DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss"),
          DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss"));

  private EdXmlDates() {}

  static String date(LocalDate date) {
    return date == null ? null : DATE.format(date);
  }

  static String time(LocalDateTime time) {
    return time == null ? null : TIME.format(time.withNano(0));
  }

  static LocalDate date(String element, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    for (DateTimeFormatter format : DATES) {
      try {
        return LocalDate.parse(value, format);
      } catch (DateTimeParseException next) {
        // the next form
      }
    }
    if (value.length() > 10) {
      LocalDateTime time = time(element, value);
      return time.toLocalDate();
    }
    throw new EdXmlException(element, "is \"" + value + "\", not a date yyyy/MM/dd");
  }

  static LocalDateTime time(String element, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    for (DateTimeFormatter format : TIMES) {
      try {
        return LocalDateTime.parse(value, format);
      } catch (DateTimeParseException next) {
        // the next form
      }
    }
    try {
      return java.time.OffsetDateTime.parse(value).toLocalDateTime();
    } catch (DateTimeParseException e) {
      throw new EdXmlException(element, "is \"" + value + "\", not a time yyyy/MM/dd HH:mm:ss", e);
    }
  }
}
