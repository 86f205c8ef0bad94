package vn.eoffice.web.workflow;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.eoffice.web.api.RequestBodies;
import vn.eoffice.workflow.boundary.ExtensionRequest;
import vn.eoffice.workflow.boundary.HandlingForm;
import vn.eoffice.workflow.boundary.HandlingResult;
import vn.eoffice.workflow.boundary.IncomingHandling;
import vn.eoffice.workflow.boundary.PassOn;
import vn.eoffice.workflow.boundary.ProgressNote;

/** A line of the handling form: passed on, reported on, finished, its deadline extended. */
@Path("assignments/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentsResource {

  @EJB IncomingHandling handling;

  @POST
  @Path("pass-on")
  public HandlingForm passOn(@PathParam("id") long id, PassOn command) {
    return handling.passOn(id, RequestBodies.required(command));
  }

  @POST
  @Path("progress")
  public HandlingForm report(@PathParam("id") long id, ProgressNote command) {
    return handling.report(id, RequestBodies.required(command));
  }

  @POST
  @Path("result")
  public HandlingForm finish(@PathParam("id") long id, HandlingResult command) {
    return handling.finish(id, RequestBodies.required(command));
  }

  @POST
  @Path("extensions")
  public HandlingForm requestExtension(@PathParam("id") long id, ExtensionRequest command) {
    return handling.requestExtension(id, RequestBodies.required(command));
  }
}
