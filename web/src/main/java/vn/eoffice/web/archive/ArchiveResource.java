package vn.eoffice.web.archive;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.eoffice.archive.boundary.ArchiveCatalogue;
import vn.eoffice.archive.boundary.Catalogue;
import vn.eoffice.archive.entity.Access;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.Violation;

/** The catalogue of the agency's current archive. */
@Path("archive")
@Produces(MediaType.APPLICATION_JSON)
public class ArchiveResource {

  @EJB ArchiveCatalogue catalogue;

  @GET
  @Path("catalogue")
  public Catalogue search(
      @QueryParam("q") String words,
      @QueryParam("year") Integer year,
      @QueryParam("retention") String retention,
      @QueryParam("unitId") Long unitId,
      @QueryParam("access") String access) {
    return catalogue.search(new Catalogue.Query(words, year, retention, unitId, access(access)));
  }

  private static Access access(String given) {
    if (given == null || given.isBlank()) {
      return null;
    }
    try {
      return Access.valueOf(given.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          new Violation(
              "access",
              "OneOf",
              java.util.Map.of("allowed", "OPEN, RESTRICTED"),
              "access is OPEN or RESTRICTED, not \"" + given.strip() + "\""));
    }
  }
}
