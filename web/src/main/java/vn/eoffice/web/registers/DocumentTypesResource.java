package vn.eoffice.web.registers;

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
import vn.eoffice.registers.boundary.DocumentTypeForm;
import vn.eoffice.registers.boundary.DocumentTypeView;
import vn.eoffice.registers.boundary.RegisterAdministration;
import vn.eoffice.web.api.RequestBodies;

/** Tên loại văn bản: everyone lists them, administrators change them. */
@Path("document-types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DocumentTypesResource {

  @EJB RegisterAdministration administration;

  @GET
  public List<DocumentTypeView> all() {
    return administration.documentTypes();
  }

  @POST
  public Response create(DocumentTypeForm form) {
    DocumentTypeView created = administration.createType(RequestBodies.required(form));
    return Response.created(UriBuilder.fromPath("/api/document-types/{id}").build(created.id()))
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  public DocumentTypeView change(@PathParam("id") long id, DocumentTypeForm form) {
    return administration.changeType(id, RequestBodies.required(form));
  }
}
