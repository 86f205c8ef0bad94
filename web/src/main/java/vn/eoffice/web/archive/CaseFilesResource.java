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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import vn.eoffice.archive.boundary.CaseFileExports;
import vn.eoffice.archive.boundary.CaseFileView;
import vn.eoffice.archive.boundary.CaseFiles;
import vn.eoffice.archive.boundary.ClosingForm;
import vn.eoffice.archive.boundary.Handovers;
import vn.eoffice.archive.boundary.KeepingBack;
import vn.eoffice.archive.boundary.LoanForms;
import vn.eoffice.archive.boundary.LoanView;
import vn.eoffice.archive.boundary.Loans;
import vn.eoffice.archive.boundary.OpeningForm;
import vn.eoffice.archive.boundary.Returning;
import vn.eoffice.archive.control.TransferPackage;
import vn.eoffice.web.api.RequestBodies;
import vn.eoffice.web.documents.ContentDisposition;

/**
 * Case files (hồ sơ): opened, documents added and taken out, closed, handed over to the current
 * archive, accepted or returned, kept back.
 */
@Path("case-files")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseFilesResource {

  /** The document to add to a file. */
  public record Filing(Long documentId) {}

  @EJB CaseFiles files;
  @EJB Handovers handovers;
  @EJB Loans loans;
  @EJB CaseFileExports exports;

  @GET
  @Path("{id}/export.xml")
  @Produces(MediaType.APPLICATION_XML)
  public Response exportXml(@PathParam("id") long id) {
    return exported(exports.xml(id), "application/xml");
  }

  @GET
  @Path("{id}/export.pdf")
  @Produces("application/pdf")
  public Response exportPdf(@PathParam("id") long id) {
    return exported(exports.pdf(id), "application/pdf");
  }

  /** The file in the archive as a transfer package (E-ARK CSIP ZIP), streamed as it is written. */
  @GET
  @Path("{id}/transfer-package")
  @Produces("application/zip")
  public Response transferPackage(@PathParam("id") long id) {
    TransferPackage.Package ready = exports.transferPackage(id);
    StreamingOutput body = out -> TransferPackage.write(ready, out);
    return Response.ok(body, "application/zip")
        .header("Content-Disposition", ContentDisposition.attachment(ready.objectId() + ".zip"))
        .header("Cache-Control", "private, no-store")
        .build();
  }

  private static Response exported(CaseFileExports.Exported file, String type) {
    return Response.ok(file.content(), type)
        .header("Content-Disposition", ContentDisposition.attachment(file.name()))
        .build();
  }

  @POST
  @Path("{id}/loans")
  public Response borrow(@PathParam("id") long id, LoanForms.Request request) {
    LoanView asked = loans.request(id, RequestBodies.required(request));
    return Response.status(Response.Status.CREATED).entity(asked).build();
  }

  @GET
  public List<CaseFileView> list() {
    return files.list();
  }

  @POST
  public Response open(OpeningForm form) {
    CaseFileView opened = files.open(RequestBodies.required(form));
    return Response.created(UriBuilder.fromPath("/api/case-files/{id}").build(opened.id()))
        .entity(opened)
        .build();
  }

  @GET
  @Path("due")
  public List<CaseFileView> due() {
    return files.dueAtArchive();
  }

  @GET
  @Path("handed-over")
  public List<CaseFileView> handedOver() {
    return handovers.waiting();
  }

  @POST
  @Path("{id}/handover")
  public CaseFileView handOver(@PathParam("id") long id) {
    return handovers.submit(id);
  }

  @POST
  @Path("{id}/acceptance")
  public CaseFileView accept(@PathParam("id") long id) {
    return handovers.accept(id);
  }

  @POST
  @Path("{id}/return")
  public CaseFileView giveBack(@PathParam("id") long id, Returning returning) {
    return handovers.giveBack(id, RequestBodies.required(returning));
  }

  @POST
  @Path("{id}/reopening")
  public CaseFileView reopen(@PathParam("id") long id) {
    return handovers.reopen(id);
  }

  @POST
  @Path("{id}/keeping-back")
  public CaseFileView keepBack(@PathParam("id") long id, KeepingBack keeping) {
    return handovers.keepBack(id, RequestBodies.required(keeping));
  }

  @GET
  @Path("{id}")
  public CaseFileView get(@PathParam("id") long id) {
    return files.get(id);
  }

  @POST
  @Path("{id}/documents")
  public CaseFileView add(@PathParam("id") long id, Filing filing) {
    Filing given = RequestBodies.required(filing);
    if (given.documentId() == null) {
      throw new vn.eoffice.platform.boundary.InvalidInputException(
          vn.eoffice.platform.boundary.Violation.of(
              "documentId", "Required", "the id of the document to add is required"));
    }
    return files.add(id, given.documentId());
  }

  @DELETE
  @Path("{id}/documents/{documentId}")
  public CaseFileView remove(@PathParam("id") long id, @PathParam("documentId") long documentId) {
    return files.remove(id, documentId);
  }

  @POST
  @Path("{id}/closing")
  public CaseFileView close(@PathParam("id") long id, ClosingForm form) {
    return files.close(id, form == null ? new ClosingForm(null, null, null) : form);
  }
}
