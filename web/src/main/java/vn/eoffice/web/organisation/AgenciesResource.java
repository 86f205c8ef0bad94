package vn.eoffice.web.organisation;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import vn.eoffice.organisation.boundary.AgencyAdministration;
import vn.eoffice.organisation.boundary.AgencyDetails;
import vn.eoffice.organisation.boundary.AgencyForm;
import vn.eoffice.organisation.boundary.FirstAdministrator;
import vn.eoffice.web.api.RequestBodies;

/** The platform's agencies, for the platform administrator (the boundary refuses everyone else). */
@Path("agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgenciesResource {

  @EJB AgencyAdministration agencies;

  @GET
  public List<AgencyDetails> all() {
    return agencies.agencies();
  }

  @GET
  @Path("{id}")
  public AgencyDetails one(@PathParam("id") long id) {
    return agencies.agency(id);
  }

  @POST
  public Response create(AgencyForm form) {
    AgencyDetails created = agencies.create(RequestBodies.required(form));
    return Response.created(UriBuilder.fromPath("/api/agencies/{id}").build(created.id()))
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  public AgencyDetails change(@PathParam("id") long id, AgencyForm form) {
    return agencies.change(id, RequestBodies.required(form));
  }

  @POST
  @Path("{id}/deactivate")
  public AgencyDetails deactivate(@PathParam("id") long id) {
    return agencies.activate(id, false);
  }

  @POST
  @Path("{id}/activate")
  public AgencyDetails activate(@PathParam("id") long id) {
    return agencies.activate(id, true);
  }

  @POST
  @Path("{id}/administrator")
  public AgencyDetails firstAdministrator(@PathParam("id") long id, FirstAdministrator command) {
    return agencies.firstAdministrator(id, RequestBodies.required(command));
  }
}
