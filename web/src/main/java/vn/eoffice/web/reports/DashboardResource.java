package vn.eoffice.web.reports;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.reports.boundary.Dashboard;
import vn.eoffice.reports.boundary.Dashboards;
import vn.eoffice.web.api.QueryParameters;
import vn.eoffice.web.documents.ContentDisposition;

/**
 * The dashboard of a year for the agency, or for one unit with {@code unitId}: as JSON, or as an
 * XLSX workbook at {@code /export}.
 */
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @EJB Dashboards dashboards;

  @GET
  public Dashboard dashboard(@QueryParam("year") String year, @QueryParam("unitId") String unit) {
    Scope scope = Scope.of(year, unit);
    return dashboards.of(scope.year(), scope.unitId());
  }

  @GET
  @Path("export")
  @Produces({XLSX, MediaType.APPLICATION_JSON})
  public Response export(@QueryParam("year") String year, @QueryParam("unitId") String unit) {
    Scope scope = Scope.of(year, unit);
    Dashboards.Export export = dashboards.workbook(scope.year(), scope.unitId());
    return Response.ok(export.content(), XLSX)
        .header("Content-Disposition", ContentDisposition.attachment(export.fileName()))
        .header("Cache-Control", "no-store")
        .build();
  }

  /** The query's year and unit, checked to be whole numbers. */
  private record Scope(Integer year, Long unitId) {

    static Scope of(String year, String unit) {
      List<Violation> violations = new ArrayList<>();
      Long chosenYear = QueryParameters.number("year", year, violations);
      Long unitId = QueryParameters.number("unitId", unit, violations);
      if (chosenYear != null
          && (chosenYear < Integer.MIN_VALUE || chosenYear > Integer.MAX_VALUE)) {
        violations.add(Violation.of("year", "Number", "year must be a year such as 2026"));
      }
      if (!violations.isEmpty()) {
        throw new InvalidInputException(violations);
      }
      return new Scope(chosenYear == null ? null : chosenYear.intValue(), unitId);
    }
  }
}
