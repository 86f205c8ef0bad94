package vn.eoffice.web.workflow;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.eoffice.web.api.RequestBodies;
import vn.eoffice.workflow.boundary.ExtensionDecision;
import vn.eoffice.workflow.boundary.HandlingForm;
import vn.eoffice.workflow.boundary.IncomingHandling;

/** The decision on a deadline extension request. */
@Path("extensions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExtensionsResource {

  @EJB IncomingHandling handling;

  @POST
  @Path("decision")
  public HandlingForm decide(@PathParam("id") long id, ExtensionDecision command) {
    return handling.decideExtension(id, RequestBodies.required(command));
  }
}
