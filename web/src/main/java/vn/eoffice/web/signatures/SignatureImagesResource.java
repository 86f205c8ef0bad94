package vn.eoffice.web.signatures;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.signatures.boundary.SignatureImageView;
import vn.eoffice.signatures.boundary.SignatureImages;

/**
 * The image of the signed-in user's handwritten signature ({@code mine}) and the organisation's
 * seal ({@code seal}, changed by administrators): transparent PNGs sent as the raw request body.
 */
@Path("signature-images")
@Produces(MediaType.APPLICATION_JSON)
public class SignatureImagesResource {

  @EJB SignatureImages images;

  @PUT
  @Path("mine")
  @Consumes("image/png")
  public SignatureImageView uploadMine(InputStream png) {
    return images.uploadMine(png);
  }

  @GET
  @Path("mine")
  public SignatureImageView mine() {
    return images.mine().orElseThrow(() -> new NotFoundException("Signature image", "mine"));
  }

  @GET
  @Path("mine/image")
  @Produces("image/png")
  public Response mineImage() {
    return png(false);
  }

  @PUT
  @Path("seal")
  @Consumes("image/png")
  public SignatureImageView uploadSeal(InputStream png) {
    return images.uploadSeal(png);
  }

  @GET
  @Path("seal")
  public SignatureImageView seal() {
    return images.seal().orElseThrow(() -> new NotFoundException("Signature image", "seal"));
  }

  @GET
  @Path("seal/image")
  @Produces("image/png")
  public Response sealImage() {
    return png(true);
  }

  private Response png(boolean seal) {
    byte[] bytes =
        images
            .content(seal)
            .orElseThrow(() -> new NotFoundException("Signature image", seal ? "seal" : "mine"));
    return Response.ok(bytes, "image/png").header("Cache-Control", "private, no-store").build();
  }
}
