package vn.eoffice.web.archive;

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
import vn.eoffice.archive.boundary.FilePlanView;
import vn.eoffice.archive.boundary.FilePlans;
import vn.eoffice.archive.boundary.PlannedFileForm;
import vn.eoffice.web.api.RequestBodies;

/** The file plan (danh mục hồ sơ) of each year. */
@Path("file-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FilePlansResource {

  @EJB FilePlans plans;

  @GET
  public List<FilePlanView> all() {
    return plans.all();
  }

  @GET
  @Path("{year}")
  public FilePlanView get(@PathParam("year") int year) {
    return plans.get(year);
  }

  @POST
  @Path("{year}")
  public Response draft(@PathParam("year") int year) {
    FilePlanView plan = plans.draft(year);
    return Response.created(UriBuilder.fromPath("/api/file-plans/{year}").build(year))
        .entity(plan)
        .build();
  }

  @POST
  @Path("{year}/files")
  public FilePlanView plan(@PathParam("year") int year, PlannedFileForm form) {
    return plans.plan(year, RequestBodies.required(form));
  }

  @DELETE
  @Path("{year}/files/{id}")
  public FilePlanView drop(@PathParam("year") int year, @PathParam("id") long id) {
    return plans.drop(year, id);
  }

  @POST
  @Path("{year}/approval")
  public FilePlanView approve(@PathParam("year") int year) {
    return plans.approve(year);
  }
}
