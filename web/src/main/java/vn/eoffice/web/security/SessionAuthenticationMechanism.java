package vn.eoffice.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import vn.eoffice.people.boundary.SignInResult;
import vn.eoffice.web.api.Problems;

/**
 * Sign-in by {@code POST /api/session} with the form fields {@code username} and {@code password};
 * afterwards the HTTP session carries the user. A request without a signed-in user gets 401
 * problem+json on the API and is sent to the sign-in page elsewhere.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DateTimeFormatter LOCAL_TIME =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  @Inject IdentityStoreHandler identityStores;
  @Inject SignInOutcome outcome;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = pathOf(request);
    try {
      if (PublicPaths.SESSION_API.equals(path) && "POST".equals(request.getMethod())) {
        return signIn(request, response, context);
      }
      HttpSession session = request.getSession(false);
      if (session != null
          && session.getAttribute(SignedInUser.SESSION_ATTRIBUTE) instanceof SignedInUser user) {
        return context.notifyContainerAboutLogin(user.username(), user.roles());
      }
      if (PublicPaths.isPublic(path)) {
        return context.doNothing();
      }
      if (PublicPaths.isApi(path)) {
        Problems.write(response, Problems.of(request, 401, "unauthenticated", Map.of()));
        return AuthenticationStatus.SEND_FAILURE;
      }
      response.sendRedirect(request.getContextPath() + PublicPaths.SIGN_IN_PAGE);
      return AuthenticationStatus.SEND_CONTINUE;
    } catch (IOException e) {
      throw new IllegalStateException("Could not answer " + path, e);
    }
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws IOException {
    String username = request.getParameter("username");
    String password = request.getParameter("password");
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      Problems.write(response, Problems.of(request, 400, "credentials-missing", Map.of()));
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential(username.trim(), password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      if (outcome.get() instanceof SignInResult.Locked locked) {
        Problems.write(
            response,
            Problems.of(
                request,
                423,
                "account-locked",
                Map.of("until", LOCAL_TIME.format(locked.until()))));
      } else {
        Problems.write(response, Problems.of(request, 401, "sign-in-refused", Map.of()));
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
    // A fresh session id at sign-in, so that a session id planted before cannot be ridden.
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    HttpSession session = request.getSession(true);
    session.setAttribute(
        SignedInUser.SESSION_ATTRIBUTE,
        new SignedInUser(
            result.getCallerPrincipal().getName(), result.getCallerGroups(), newToken()));
    return context.notifyContainerAboutLogin(result);
  }

  private static String newToken() {
    byte[] token = new byte[32];
    RANDOM.nextBytes(token);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
  }

  static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
