package vn.eoffice.web.registers;

import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import vn.eoffice.documents.entity.DocumentStatus;
import vn.eoffice.documents.entity.Urgency;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.registers.boundary.RegisterFilter;
import vn.eoffice.web.api.QueryParameters;

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
    Long chosenYear = QueryParameters.number("year", year, violations);
    RegisterFilter filter =
        new RegisterFilter(
            registerId,
            chosenYear == null ? null : chosenYear.intValue(),
            QueryParameters.date("from", from, violations),
            QueryParameters.date("to", to, violations),
            QueryParameters.number("typeId", typeId, violations),
            QueryParameters.choice("urgency", urgency, Urgency.class, violations),
            QueryParameters.choice("status", status, DocumentStatus.class, violations));
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return filter;
  }
}
