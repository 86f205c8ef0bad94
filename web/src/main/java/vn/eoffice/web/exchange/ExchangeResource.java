package vn.eoffice.web.exchange;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.eoffice.exchange.boundary.Acceptance;
import vn.eoffice.exchange.boundary.ExchangeInbox;
import vn.eoffice.exchange.boundary.ExchangeSending;
import vn.eoffice.exchange.boundary.PartnerForm;
import vn.eoffice.exchange.boundary.PartnerView;
import vn.eoffice.exchange.boundary.Partners;
import vn.eoffice.exchange.boundary.ReceivedView;
import vn.eoffice.exchange.boundary.RecipientChoice;
import vn.eoffice.exchange.boundary.RecipientView;
import vn.eoffice.exchange.boundary.Refusing;
import vn.eoffice.web.api.RequestBodies;
import vn.eoffice.web.documents.ContentDisposition;

/** The exchange between agencies: the directory, the queue of packages received, the recipients. */
@Path("exchange")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExchangeResource {

  @EJB ExchangeInbox inbox;
  @EJB ExchangeSending sending;
  @EJB Partners partners;

  @GET
  @Path("directory")
  public List<ExchangeSending.DirectoryEntry> directory(@QueryParam("q") String words) {
    return sending.directory(words);
  }

  @GET
  @Path("incoming")
  public List<ReceivedView> waiting() {
    return inbox.waiting();
  }

  @GET
  @Path("incoming/{id}")
  public ReceivedView received(@PathParam("id") long id) {
    return inbox.get(id);
  }

  @GET
  @Path("incoming/{id}/files/{ordinal}")
  @Produces(MediaType.WILDCARD)
  public Response file(@PathParam("id") long id, @PathParam("ordinal") int ordinal) {
    ExchangeInbox.FileContent file = inbox.file(id, ordinal);
    return Response.ok(file.content(), file.mediaType())
        .header("Content-Disposition", ContentDisposition.inline(file.name()))
        .build();
  }

  /** An edXML file received by hand: the body is the file. */
  @POST
  @Path("import")
  @Consumes({"application/xml", "text/xml", MediaType.APPLICATION_OCTET_STREAM})
  public Response importFile(byte[] message) {
    vn.eoffice.exchange.control.Receipt receipt =
        inbox.importFile(message == null ? new byte[0] : message);
    return Response.status(receipt.status())
        .entity(
            jakarta.json.Json.createObjectBuilder()
                .add("code", receipt.code())
                .add("reason", receipt.reason())
                .build())
        .build();
  }

  @GET
  @Path("documents/{id}/edxml")
  @Produces("application/xml")
  public Response export(@PathParam("id") long id, @QueryParam("to") String organCode) {
    return Response.ok(sending.export(id, organCode))
        .header(
            "Content-Disposition",
            ContentDisposition.attachment("van-ban-" + id + "-" + organCode + ".edxml"))
        .build();
  }

  @POST
  @Path("incoming/{id}/accept")
  public ReceivedView accept(@PathParam("id") long id, Acceptance command) {
    return inbox.accept(id, command == null ? new Acceptance(null, false) : command);
  }

  @POST
  @Path("incoming/{id}/refuse")
  public ReceivedView refuse(@PathParam("id") long id, Refusing command) {
    return inbox.refuse(id, RequestBodies.required(command));
  }

  @GET
  @Path("documents/{id}/recipients")
  public List<RecipientView> recipients(@PathParam("id") long id) {
    return sending.recipients(id);
  }

  @PUT
  @Path("documents/{id}/recipients")
  public List<RecipientView> choose(@PathParam("id") long id, RecipientChoice choice) {
    return sending.choose(id, RequestBodies.required(choice));
  }

  @POST
  @Path("recipients/{id}/retry")
  public RecipientView retry(@PathParam("id") long id) {
    return sending.retry(id);
  }

  /** A recall, an update or a replacement to one recipient. */
  @POST
  @Path("recipients/{id}/amendment")
  public RecipientView amend(
      @PathParam("id") long id, vn.eoffice.exchange.boundary.Amendment amendment) {
    return sending.amend(id, RequestBodies.required(amendment));
  }

  @POST
  @Path("recipients/{id}/cancel")
  public RecipientView cancel(@PathParam("id") long id) {
    return sending.cancel(id);
  }

  @GET
  @Path("not-accepted")
  public List<RecipientView> notAccepted() {
    return sending.notAccepted();
  }

  @GET
  @Path("certificate")
  @Produces("application/x-pem-file")
  public String certificate() {
    return sending.certificate();
  }

  @GET
  @Path("partners")
  public List<PartnerView> partners() {
    return partners.partners();
  }

  @POST
  @Path("partners")
  public Response add(PartnerForm form) {
    PartnerView added = partners.add(RequestBodies.required(form));
    return Response.status(201).entity(added).build();
  }

  @PUT
  @Path("partners/{id}")
  public PartnerView change(@PathParam("id") long id, PartnerForm form) {
    return partners.change(id, RequestBodies.required(form));
  }

  @POST
  @Path("partners/{id}/deactivate")
  public PartnerView deactivate(@PathParam("id") long id) {
    return partners.activate(id, false);
  }

  @POST
  @Path("partners/{id}/activate")
  public PartnerView activate(@PathParam("id") long id) {
    return partners.activate(id, true);
  }

  @GET
  @Path("refusals")
  public List<Partners.RefusalView> refusals(@QueryParam("limit") Integer limit) {
    return partners.refusals(limit == null ? 100 : limit);
  }
}
