package vn.eoffice.web.people;

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
import vn.eoffice.people.boundary.NewUser;
import vn.eoffice.people.boundary.UserAdministration;
import vn.eoffice.people.boundary.UserChange;
import vn.eoffice.people.boundary.UserView;
import vn.eoffice.web.api.RequestBodies;

/** User accounts, for administrators (the boundary refuses everyone else). */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

  @EJB UserAdministration users;

  @GET
  public List<UserView> all() {
    return users.users();
  }

  @GET
  @Path("{id}")
  public UserView one(@PathParam("id") long id) {
    return users.user(id);
  }

  @POST
  public Response create(NewUser user) {
    UserView created = users.create(RequestBodies.required(user));
    return Response.created(UriBuilder.fromPath("/api/users/{id}").build(created.id()))
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  public UserView change(@PathParam("id") long id, UserChange change) {
    return users.change(id, RequestBodies.required(change));
  }

  @POST
  @Path("{id}/unlock")
  public UserView unlock(@PathParam("id") long id) {
    return users.unlock(id);
  }
}
