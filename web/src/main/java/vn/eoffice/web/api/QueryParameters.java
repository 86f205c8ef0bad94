package vn.eoffice.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.eoffice.platform.boundary.Violation;

/**
 * Reads query parameters taken as text, so that a wrong value is answered with the field and what
 * is allowed rather than a bare 404. Each adds its violation to the list and returns null.
 */
public final class QueryParameters {

  private QueryParameters() {}

  public static Long number(String field, String value, List<Violation> violations) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      violations.add(Violation.of(field, "Number", field + " must be a whole number"));
      return null;
    }
  }

  public static LocalDate date(String field, String value, List<Violation> violations) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      violations.add(Violation.of(field, "Date", field + " must be a date like 2026-01-31"));
      return null;
    }
  }

  /** {@code true} or {@code false}; {@code fallback} when absent. */
  public static boolean flag(
      String field, String value, boolean fallback, List<Violation> violations) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    String given = value.strip().toLowerCase(Locale.ROOT);
    if (!given.equals("true") && !given.equals("false")) {
      violations.add(
          new Violation(
              field, "OneOf", Map.of("allowed", "true, false"), field + " must be true or false"));
      return fallback;
    }
    return given.equals("true");
  }

  public static <E extends Enum<E>> E choice(
      String field, String value, Class<E> type, List<Violation> violations) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String allowed =
          String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
      violations.add(
          new Violation(
              field, "OneOf", Map.of("allowed", allowed), field + " must be one of " + allowed));
      return null;
    }
  }
}
