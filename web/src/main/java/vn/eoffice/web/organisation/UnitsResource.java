package vn.eoffice.web.organisation;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import vn.eoffice.organisation.boundary.NewUnit;
import vn.eoffice.organisation.boundary.OrganisationService;
import vn.eoffice.organisation.boundary.UnitView;
import vn.eoffice.web.api.RequestBodies;

/** Units of the agency: everyone signed in reads them, administrators add them. */
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitsResource {

  @EJB OrganisationService organisation;

  @GET
  public List<UnitView> all() {
    return organisation.agencyWithUnits().units();
  }

  @GET
  @Path("{id}")
  public UnitView one(@PathParam("id") long id) {
    return organisation.unit(id);
  }

  @POST
  public Response create(NewUnit unit) {
    UnitView created = organisation.createUnit(RequestBodies.required(unit));
    return Response.created(UriBuilder.fromPath("/api/units/{id}").build(created.id()))
        .entity(created)
        .build();
  }
}
