package vn.eoffice.web.i18n;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.Violation;

/** The UI texts of one language; public, since the sign-in page needs them. */
@Path("i18n")
@Produces(MediaType.APPLICATION_JSON)
public class MessagesResource {

  @GET
  @Path("{language}")
  public Response texts(@PathParam("language") String language) {
    if (!Messages.LANGUAGES.contains(language)) {
      throw new InvalidInputException(
          List.of(
              new Violation(
                  "language",
                  "OneOf",
                  Map.of("allowed", "vi, en"),
                  "the language must be vi or en")));
    }
    CacheControl cache = new CacheControl();
    cache.setMaxAge(300);
    return Response.ok(Messages.all(language)).cacheControl(cache).build();
  }
}
