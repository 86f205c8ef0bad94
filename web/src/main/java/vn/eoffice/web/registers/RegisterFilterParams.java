package vn.eoffice.web.registers;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.eoffice.documents.entity.DocumentStatus;
import vn.eoffice.documents.entity.Urgency;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.registers.boundary.RegisterFilter;

/**
 * The query parameters of a register page or export, read as text so that a wrong value is answered
 * field by field rather than with a bare 404.
 */
public class RegisterFilterParams {

  @QueryParam("year")
  String year;

  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  @QueryParam("typeId")
  String typeId;

  @QueryParam("urgency")
  String urgency;

  @QueryParam("status")
  String status;

  RegisterFilter toFilter(long registerId) {
    List<Violation> violations = new ArrayList<>();
    Long chosenYear = number("year", year, violations);
    RegisterFilter filter =
        new RegisterFilter(
            registerId,
            chosenYear == null ? null : chosenYear.intValue(),
            date("from", from, violations),
            date("to", to, violations),
            number("typeId", typeId, violations),
            choice("urgency", urgency, Urgency.class, violations),
            choice("status", status, DocumentStatus.class, violations));
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return filter;
  }

  private static Long number(String field, String value, List<Violation> violations) {
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

  private static LocalDate date(String field, String value, List<Violation> violations) {
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

  private static <E extends Enum<E>> E choice(
      String field, String value, Class<E> type, List<Violation> violations) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String allowed =
          String.join(
              ", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
      violations.add(
          new Violation(
              field, "OneOf", Map.of("allowed", allowed), field + " must be one of " + allowed));
      return null;
    }
  }
}
