package vn.eoffice.web.people;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.eoffice.people.boundary.Colleague;
import vn.eoffice.people.boundary.Directory;

/** The agency's directory, for choosing whom to present, submit or assign a document to. */
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

  @EJB Directory directory;

  @GET
  public List<Colleague> all() {
    return directory.colleagues();
  }
}
