package vn.eoffice.web.documents;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import vn.eoffice.documents.boundary.DocumentView;
import vn.eoffice.documents.boundary.IssueCommand;
import vn.eoffice.documents.boundary.NewOutgoingDocument;
import vn.eoffice.documents.boundary.OutgoingDocuments;
import vn.eoffice.signatures.boundary.DocumentSigning;
import vn.eoffice.signatures.boundary.SignatureCompletion;
import vn.eoffice.signatures.boundary.SignatureStart;
import vn.eoffice.signatures.boundary.SigningChallenge;
import vn.eoffice.web.api.RequestBodies;
import vn.eoffice.workflow.boundary.Approval;
import vn.eoffice.workflow.boundary.Dispatch;
import vn.eoffice.workflow.boundary.DocumentSummary;
import vn.eoffice.workflow.boundary.DraftApproval;
import vn.eoffice.workflow.boundary.ReturnNote;
import vn.eoffice.workflow.boundary.Submission;

/** Văn bản đi: drafts, their review and approval, their issue (cấp số) and sending. */
@Path("outgoing-documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutgoingDocumentsResource {

  @EJB OutgoingDocuments outgoing;
  @EJB DraftApproval approval;
  @EJB DocumentSigning signing;

  @POST
  public Response draft(NewOutgoingDocument command) {
    DocumentView created = outgoing.draft(RequestBodies.required(command));
    return Response.created(UriBuilder.fromPath("/api/documents/{id}").build(created.id()))
        .entity(created)
        .build();
  }

  /** Drafts waiting to be issued, newest first. */
  @GET
  public List<DocumentView> drafts() {
    return outgoing.drafts();
  }

  /** The body is optional: without it the default series is used. */
  @POST
  @Path("{id}/issue")
  public DocumentView issue(@PathParam("id") long id, IssueCommand command) {
    return outgoing.issue(id, command);
  }

  @POST
  @Path("{id}/submission")
  public DocumentSummary submit(@PathParam("id") long id, Submission command) {
    return approval.submit(id, RequestBodies.required(command));
  }

  @POST
  @Path("{id}/approval")
  public DocumentSummary approve(@PathParam("id") long id, Approval command) {
    return approval.approve(id, RequestBodies.required(command));
  }

  @POST
  @Path("{id}/return")
  public DocumentSummary returnDraft(@PathParam("id") long id, ReturnNote command) {
    return approval.returnDraft(id, RequestBodies.required(command));
  }

  /** Sends an issued document to units and persons of the agency. */
  @POST
  @Path("{id}/dispatch")
  public DocumentSummary send(@PathParam("id") long id, Dispatch command) {
    return approval.send(id, RequestBodies.required(command));
  }

  /**
   * Ký số, step 1: the signing leader sends the certificate chain the signing agent listed and gets
   * the data the token signs.
   */
  @POST
  @Path("{id}/signature/prepare")
  public SigningChallenge prepareSignature(@PathParam("id") long id, SignatureStart command) {
    return signing.prepare(id, RequestBodies.required(command));
  }

  /** Ký số, step 2: the token's signature value; the signed PDF becomes the file's next version. */
  @POST
  @Path("{id}/signature/complete")
  public DocumentSummary completeSignature(@PathParam("id") long id, SignatureCompletion command) {
    return signing.complete(id, RequestBodies.required(command));
  }
}
