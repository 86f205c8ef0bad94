package vn.eoffice.web.documents;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import vn.eoffice.documents.boundary.UploadView;
import vn.eoffice.documents.boundary.Uploads;
import vn.eoffice.documents.control.FileStore;
import vn.eoffice.web.api.ProblemMappers;
import vn.eoffice.web.api.Problems;

/**
 * Receives a file as the raw request body, its type in Content-Type and its name in {@code ?name=}.
 * The answer's id goes into the document saved next, which takes the file or nothing.
 */
@Path("uploads")
@Produces(MediaType.APPLICATION_JSON)
public class UploadsResource {

  @EJB Uploads uploads;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.WILDCARD)
  public Response upload(
      InputStream content,
      @HeaderParam("Content-Type") String mediaType,
      @HeaderParam("Content-Length") Long length,
      @QueryParam("name") String name) {
    long limit = FileStore.maxBytes();
    if (length != null && length > limit) {
      // Refused before reading a byte of it.
      return Problems.response(ProblemMappers.tooLarge(request, limit));
    }
    UploadView upload = uploads.receive(content, mediaType, name);
    return Response.status(Response.Status.CREATED).entity(upload).build();
  }
}
