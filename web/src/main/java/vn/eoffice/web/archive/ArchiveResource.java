package vn.eoffice.web.archive;

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
import java.util.List;
import vn.eoffice.archive.boundary.ArchiveCatalogue;
import vn.eoffice.archive.boundary.CaseFileExports;
import vn.eoffice.archive.boundary.Catalogue;
import vn.eoffice.archive.boundary.DestructionView;
import vn.eoffice.archive.boundary.Destructions;
import vn.eoffice.archive.boundary.LoanForms;
import vn.eoffice.archive.boundary.LoanView;
import vn.eoffice.archive.boundary.Loans;
import vn.eoffice.archive.control.TransferPackageCheck;
import vn.eoffice.archive.entity.Access;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.web.api.RequestBodies;

/** The agency's current archive: its catalogue, borrowings, and destructions. */
@Path("archive")
@Produces(MediaType.APPLICATION_JSON)
public class ArchiveResource {

  @EJB ArchiveCatalogue catalogue;
  @EJB Loans loans;
  @EJB Destructions destructions;
  @EJB CaseFileExports exports;

  @GET
  @Path("loans")
  public List<LoanView> myLoans() {
    return loans.mine();
  }

  @GET
  @Path("loans/waiting")
  public List<LoanView> waitingLoans() {
    return loans.waiting();
  }

  @POST
  @Path("loans/{id}/approval")
  @Consumes(MediaType.APPLICATION_JSON)
  public LoanView approveLoan(@PathParam("id") long id, LoanForms.Approval approval) {
    return loans.approve(id, RequestBodies.required(approval));
  }

  @POST
  @Path("loans/{id}/refusal")
  @Consumes(MediaType.APPLICATION_JSON)
  public LoanView refuseLoan(@PathParam("id") long id, LoanForms.Refusal refusal) {
    return loans.refuse(id, RequestBodies.required(refusal));
  }

  @GET
  @Path("expired")
  public List<Long> expired() {
    return destructions.expired();
  }

  @GET
  @Path("destructions")
  public List<DestructionView> destructions() {
    return destructions.all();
  }

  @POST
  @Path("destructions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response propose(DestructionView.Proposal proposal) {
    DestructionView proposed = destructions.propose(RequestBodies.required(proposal));
    return Response.created(
            UriBuilder.fromPath("/api/archive/destructions/{id}").build(proposed.id()))
        .entity(proposed)
        .build();
  }

  @POST
  @Path("destructions/{id}/approval")
  @Consumes(MediaType.APPLICATION_JSON)
  public DestructionView approveDestruction(
      @PathParam("id") long id, DestructionView.Approval approval) {
    return destructions.approve(id, RequestBodies.required(approval));
  }

  @POST
  @Path("destructions/{id}/carrying-out")
  public DestructionView carryOut(@PathParam("id") long id) {
    return destructions.carryOut(id);
  }

  /**
   * Reads a transfer package (ZIP) back as the historical archive would: every file its METS names,
   * with its size and SHA-256; the problems found, file by file.
   */
  @POST
  @Path("transfer-package-check")
  @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
  public TransferPackageCheck.Report checkTransferPackage(java.io.InputStream zip) {
    return exports.check(zip);
  }

  @GET
  @Path("catalogue")
  public Catalogue search(
      @QueryParam("q") String words,
      @QueryParam("year") String year,
      @QueryParam("retention") String retention,
      @QueryParam("unitId") String unitId,
      @QueryParam("access") String access) {
    Long unit = number("unitId", unitId);
    Long yearNumber = number("year", year);
    return catalogue.search(
        new Catalogue.Query(
            words,
            yearNumber == null ? null : Math.toIntExact(yearNumber),
            retention,
            unit,
            access(access)));
  }

  /** A whole number given as a filter, or a 400 that says so (JAX-RS would answer 404). */
  private static Long number(String name, String given) {
    if (given == null || given.isBlank()) {
      return null;
    }
    try {
      long value = Long.parseLong(given.strip());
      if (name.equals("year") && (value < 1 || value > 9999)) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          Violation.of(name, "Number", name + " is a whole number, not \"" + given.strip() + "\""));
    }
  }

  private static Access access(String given) {
    if (given == null || given.isBlank()) {
      return null;
    }
    try {
      return Access.valueOf(given.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          new Violation(
              "access",
              "OneOf",
              java.util.Map.of("allowed", "OPEN, RESTRICTED"),
              "access is OPEN or RESTRICTED, not \"" + given.strip() + "\""));
    }
  }
}
