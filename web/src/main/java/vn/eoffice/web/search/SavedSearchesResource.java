package vn.eoffice.web.search;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import vn.eoffice.search.boundary.SavedSearches;
import vn.eoffice.web.api.RequestBodies;

/** The caller's saved searches: list, keep one under a name, delete one. */
@Path("saved-searches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SavedSearchesResource {

  @EJB SavedSearches saved;

  @GET
  public List<SavedSearches.View> mine() {
    return saved.mine();
  }

  @POST
  public Response save(SavedSearches.NewSavedSearch command) {
    SavedSearches.View created = saved.save(RequestBodies.required(command));
    return Response.created(UriBuilder.fromPath("/api/saved-searches/{id}").build(created.id()))
        .entity(created)
        .build();
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    saved.delete(id);
    return Response.noContent().build();
  }
}
