package vn.eoffice.web.session;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import vn.eoffice.organisation.boundary.OrganisationService;
import vn.eoffice.people.boundary.UserAdministration;
import vn.eoffice.people.boundary.UserView;
import vn.eoffice.web.api.Problems;
import vn.eoffice.web.security.SignedInUser;

/**
 * {@code /api/session}: POST signs in (the credentials are checked by the sign-in mechanism before
 * this runs), GET tells who is signed in, DELETE signs out.
 */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

  /** The body of a language change. */
  public record LanguageChoice(String language) {}

  @EJB UserAdministration users;
  @EJB OrganisationService organisation;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response signIn() {
    return current();
  }

  @GET
  public Response current() {
    SignedInUser user = SignedInUser.of(request).orElse(null);
    if (user == null) {
      return Problems.response(Problems.of(request, 401, "unauthenticated", Map.of()));
    }
    UserView me = users.me();
    return Response.ok(
            new SessionView(
                me,
                organisation.agency().getName(),
                Navigation.forRoles(me.roles()),
                user.csrfToken()))
        .header("Cache-Control", "no-store")
        .build();
  }

  @DELETE
  public Response signOut() throws ServletException {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    request.logout();
    return Response.noContent().build();
  }

  @PUT
  @Path("language")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response chooseLanguage(LanguageChoice choice) {
    users.chooseLanguage(choice == null ? null : choice.language());
    return Response.noContent().build();
  }
}
