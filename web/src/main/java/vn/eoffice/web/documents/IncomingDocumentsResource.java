package vn.eoffice.web.documents;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.eoffice.documents.boundary.DocumentView;
import vn.eoffice.documents.boundary.DuplicateCandidate;
import vn.eoffice.documents.boundary.IncomingDocuments;
import vn.eoffice.documents.boundary.NewIncomingDocument;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.web.api.QueryParameters;
import vn.eoffice.web.api.RequestBodies;
import vn.eoffice.workflow.boundary.DocumentSummary;
import vn.eoffice.workflow.boundary.HandlingForm;
import vn.eoffice.workflow.boundary.IncomingHandling;
import vn.eoffice.workflow.boundary.Instruction;
import vn.eoffice.workflow.boundary.Presentation;

/** Văn bản đến: registration, and the duplicate check the form runs before saving. */
@Path("incoming-documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncomingDocumentsResource {

  @EJB IncomingDocuments incoming;
  @EJB IncomingHandling handling;

  @POST
  public Response register(NewIncomingDocument command) {
    DocumentView created = incoming.register(RequestBodies.required(command));
    return Response.created(UriBuilder.fromPath("/api/documents/{id}").build(created.id()))
        .entity(created)
        .build();
  }

  @GET
  @Path("duplicates")
  public List<DuplicateCandidate> duplicates(
      @QueryParam("issuerName") String issuerName,
      @QueryParam("issuerCode") String issuerCode,
      @QueryParam("notation") String notation,
      @QueryParam("documentDate") String documentDate) {
    return incoming.sameDocument(issuerName, issuerCode, notation, date(documentDate));
  }

  private static LocalDate date(String value) {
    List<Violation> violations = new ArrayList<>();
    LocalDate date = QueryParameters.date("documentDate", value, violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return date;
  }

  /** Trình: presents the document to a leader. */
  @POST
  @Path("{id}/presentation")
  @Consumes(MediaType.APPLICATION_JSON)
  public DocumentSummary present(@PathParam("id") long id, Presentation command) {
    return handling.present(id, RequestBodies.required(command));
  }

  /** The leader's instruction and assignment. */
  @POST
  @Path("{id}/instruction")
  @Consumes(MediaType.APPLICATION_JSON)
  public HandlingForm instruct(@PathParam("id") long id, Instruction command) {
    return handling.instruct(id, RequestBodies.required(command));
  }
}
