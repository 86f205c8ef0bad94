package vn.eoffice.web.documents;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.List;
import vn.eoffice.documents.boundary.DocumentCorrection;
import vn.eoffice.documents.boundary.DocumentView;
import vn.eoffice.documents.boundary.Documents;
import vn.eoffice.documents.boundary.FileContent;
import vn.eoffice.documents.boundary.HistoryLine;
import vn.eoffice.documents.boundary.NewVersion;
import vn.eoffice.documents.control.FileStore;
import vn.eoffice.signatures.boundary.SignatureChecks;
import vn.eoffice.signatures.boundary.SignatureReport;
import vn.eoffice.web.api.RequestBodies;
import vn.eoffice.workflow.boundary.HandlingForm;
import vn.eoffice.workflow.boundary.IncomingHandling;
import vn.eoffice.workflow.boundary.WorkflowEventView;
import vn.eoffice.workflow.boundary.Worklists;

/** A document's page, history and files. */
@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DocumentsResource {

  @EJB Documents documents;
  @EJB SignatureChecks signatureChecks;
  @EJB IncomingHandling handling;
  @EJB Worklists worklists;
  @Inject FileStore store;

  @GET
  @Path("{id}")
  public DocumentView one(@PathParam("id") long id) {
    return documents.document(id);
  }

  /** A clerk's correction; which fields changed goes to the audit log. */
  @PUT
  @Path("{id}")
  public DocumentView correct(@PathParam("id") long id, DocumentCorrection correction) {
    return documents.correct(id, RequestBodies.required(correction));
  }

  @GET
  @Path("{id}/history")
  public List<HistoryLine> history(@PathParam("id") long id) {
    return documents.history(id);
  }

  /**
   * Streams a file version (the newest by default), shown in the browser with {@code
   * disposition=inline} or saved otherwise; either is written to the audit log.
   */
  @GET
  @Path("{id}/files/{fileId}")
  @Produces(MediaType.WILDCARD)
  public Response file(
      @PathParam("id") long id,
      @PathParam("fileId") long fileId,
      @QueryParam("version") Integer version,
      @QueryParam("disposition") @DefaultValue("attachment") String disposition) {
    boolean inline = "inline".equals(disposition);
    FileContent content =
        documents.openFile(
            id,
            fileId,
            version,
            inline ? Documents.FilePurpose.VIEW : Documents.FilePurpose.DOWNLOAD);
    return send(content, inline);
  }

  /** The text recognised in a scanned file version, as plain text. */
  @GET
  @Path("{id}/files/{fileId}/recognised-text")
  @Produces(MediaType.WILDCARD)
  public Response recognisedText(
      @PathParam("id") long id,
      @PathParam("fileId") long fileId,
      @QueryParam("version") Integer version) {
    return send(documents.openRecognised(id, fileId, version, Documents.Recognised.TEXT), false);
  }

  /** A scanned file version's copy with a searchable text layer. */
  @GET
  @Path("{id}/files/{fileId}/searchable-pdf")
  @Produces(MediaType.WILDCARD)
  public Response searchablePdf(
      @PathParam("id") long id,
      @PathParam("fileId") long fileId,
      @QueryParam("version") Integer version,
      @QueryParam("disposition") @DefaultValue("attachment") String disposition) {
    return send(
        documents.openRecognised(id, fileId, version, Documents.Recognised.SEARCHABLE_PDF),
        "inline".equals(disposition));
  }

  /** Kiểm tra chữ ký số: the readable report on the version's signatures. */
  @GET
  @Path("{id}/files/{fileId}/signatures")
  public SignatureReport signatures(
      @PathParam("id") long id,
      @PathParam("fileId") long fileId,
      @QueryParam("version") Integer version) {
    return signatureChecks.check(id, fileId, version);
  }

  /** DSS's detailed validation report (XML), saved by the browser. */
  @GET
  @Path("{id}/files/{fileId}/signatures/report")
  @Produces(MediaType.APPLICATION_XML)
  public Response signatureReport(
      @PathParam("id") long id,
      @PathParam("fileId") long fileId,
      @QueryParam("version") Integer version) {
    return Response.ok(
            signatureChecks.detailedReport(id, fileId, version),
            MediaType.APPLICATION_XML + ";charset=UTF-8")
        .header(
            "Content-Disposition",
            ContentDisposition.attachment("bao-cao-chu-ky-" + id + "-" + fileId + ".xml"))
        .header("Cache-Control", "private, no-store")
        .build();
  }

  @POST
  @Path("{id}/files/{fileId}/versions")
  public DocumentView addVersion(
      @PathParam("id") long id, @PathParam("fileId") long fileId, NewVersion version) {
    return documents.addVersion(id, fileId, RequestBodies.required(version));
  }

  /** The handling form: assignments, progress, extensions. */
  @GET
  @Path("{id}/handling")
  public HandlingForm handling(@PathParam("id") long id) {
    return handling.handlingForm(id);
  }

  /** The workflow history: who moved the document from which state to which, and why. */
  @GET
  @Path("{id}/workflow")
  public List<WorkflowEventView> workflow(@PathParam("id") long id) {
    return worklists.history(id);
  }

  private Response send(FileContent content, boolean inline) {
    StreamingOutput body =
        out -> {
          try (InputStream in = store.open(content.sha256())) {
            in.transferTo(out);
          }
        };
    return Response.ok(body, content.mediaType())
        .header("Content-Length", content.size())
        .header(
            "Content-Disposition",
            inline
                ? ContentDisposition.inline(content.fileName())
                : ContentDisposition.attachment(content.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
