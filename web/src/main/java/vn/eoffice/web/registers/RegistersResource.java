package vn.eoffice.web.registers;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.ArrayList;
import java.util.List;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.registers.boundary.RegisterAdministration;
import vn.eoffice.registers.boundary.RegisterEntries;
import vn.eoffice.registers.boundary.RegisterForm;
import vn.eoffice.registers.boundary.RegisterPage;
import vn.eoffice.registers.boundary.RegisterView;
import vn.eoffice.web.api.QueryParameters;
import vn.eoffice.web.api.RequestBodies;
import vn.eoffice.web.documents.ContentDisposition;

/** Sổ đăng ký: the registers, their pages with filters, and their XLSX and DOCX exports. */
@Path("registers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistersResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @EJB RegisterAdministration administration;
  @EJB RegisterEntries entries;

  @GET
  public List<RegisterView> all() {
    return administration.registers();
  }

  @POST
  public Response create(RegisterForm form) {
    RegisterView created = administration.createRegister(RequestBodies.required(form));
    return Response.created(UriBuilder.fromPath("/api/registers/{id}").build(created.id()))
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  public RegisterView change(@PathParam("id") long id, RegisterForm form) {
    return administration.changeRegister(id, RequestBodies.required(form));
  }

  @GET
  @Path("{id}/entries")
  public RegisterPage entries(
      @PathParam("id") long id,
      @BeanParam RegisterFilterParams filter,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return entries.page(filter.toFilter(id), offset, limit);
  }

  @GET
  @Path("{id}/export")
  @Produces({XLSX, DOCX, MediaType.APPLICATION_JSON})
  public Response export(
      @PathParam("id") long id,
      @BeanParam RegisterFilterParams filter,
      @QueryParam("format") @DefaultValue("xlsx") String format) {
    RegisterEntries.Format chosen = format(format);
    RegisterEntries.Export export = entries.export(filter.toFilter(id), chosen);
    return Response.ok(export.content(), chosen == RegisterEntries.Format.XLSX ? XLSX : DOCX)
        .header("Content-Disposition", ContentDisposition.attachment(export.fileName()))
        .header("Cache-Control", "no-store")
        .build();
  }

  private static RegisterEntries.Format format(String format) {
    List<Violation> violations = new ArrayList<>();
    RegisterEntries.Format chosen =
        QueryParameters.choice("format", format, RegisterEntries.Format.class, violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return chosen == null ? RegisterEntries.Format.XLSX : chosen;
  }
}
