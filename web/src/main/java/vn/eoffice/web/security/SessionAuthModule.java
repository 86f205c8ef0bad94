package vn.eoffice.web.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import vn.eoffice.people.boundary.SignIn;
import vn.eoffice.people.boundary.SignInResult;
import vn.eoffice.web.api.Problems;

/**
 * Sign-in with Jakarta Authentication, the container SPI beneath Jakarta Security. {@code POST
 * /api/session} with the form fields {@code username} and {@code password} checks them against the
 * database; afterwards the HTTP session carries the user, and every request hands the container the
 * caller and roles, so that {@code @RolesAllowed} holds in the EJB services. A request without a
 * signed-in user gets 401 problem+json on the API and is sent to the sign-in page elsewhere.
 */
public class SessionAuthModule implements ServerAuthModule {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DateTimeFormatter LOCAL_TIME =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  private CallbackHandler container;

  @Override
  public void initialize(
      MessagePolicy requestPolicy,
      MessagePolicy responsePolicy,
      CallbackHandler handler,
      Map<String, Object> options) {
    this.container = handler;
  }

  @Override
  public Class<?>[] getSupportedMessageTypes() {
    return new Class<?>[] {HttpServletRequest.class, HttpServletResponse.class};
  }

  @Override
  public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service)
      throws AuthException {
    HttpServletRequest request = (HttpServletRequest) message.getRequestMessage();
    HttpServletResponse response = (HttpServletResponse) message.getResponseMessage();
    String path = pathOf(request);
    try {
      if (PublicPaths.SESSION_API.equals(path) && "POST".equals(request.getMethod())) {
        return signIn(request, response, client);
      }
      SignedInUser user = SignedInUser.of(request).orElse(null);
      if (user != null) {
        return caller(client, user.username(), user.roles());
      }
      if (PublicPaths.isPublic(path)) {
        return AuthStatus.SUCCESS;
      }
      if (PublicPaths.isApi(path)) {
        Problems.write(response, Problems.of(request, 401, "unauthenticated", Map.of()));
        return AuthStatus.SEND_FAILURE;
      }
      response.sendRedirect(request.getContextPath() + PublicPaths.SIGN_IN_PAGE);
      return AuthStatus.SEND_CONTINUE;
    } catch (IOException e) {
      throw (AuthException) new AuthException("Could not answer " + path).initCause(e);
    }
  }

  private AuthStatus signIn(
      HttpServletRequest request, HttpServletResponse response, Subject client)
      throws IOException, AuthException {
    String username = request.getParameter("username");
    String password = request.getParameter("password");
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      Problems.write(response, Problems.of(request, 400, "credentials-missing", Map.of()));
      return AuthStatus.SEND_FAILURE;
    }
    SignInResult result =
        CDI.current().select(SignIn.class).get().check(username.trim(), password.toCharArray());
    if (result instanceof SignInResult.Locked locked) {
      Problems.write(
          response,
          Problems.of(
              request, 423, "account-locked", Map.of("until", LOCAL_TIME.format(locked.until()))));
      return AuthStatus.SEND_FAILURE;
    }
    if (!(result instanceof SignInResult.Accepted accepted)) {
      Problems.write(response, Problems.of(request, 401, "sign-in-refused", Map.of()));
      return AuthStatus.SEND_FAILURE;
    }
    // A fresh session at sign-in, so that a session id planted earlier cannot be ridden.
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    Set<String> roles = accepted.roles().stream().map(Enum::name).collect(Collectors.toSet());
    request
        .getSession(true)
        .setAttribute(
            SignedInUser.SESSION_ATTRIBUTE,
            new SignedInUser(accepted.username(), roles, newToken()));
    return caller(client, accepted.username(), roles);
  }

  private AuthStatus caller(Subject client, String username, Set<String> roles)
      throws AuthException {
    try {
      container.handle(
          new Callback[] {
            new CallerPrincipalCallback(client, username),
            new GroupPrincipalCallback(client, roles.toArray(String[]::new))
          });
    } catch (IOException | UnsupportedCallbackException e) {
      throw (AuthException) new AuthException("The container refused the caller").initCause(e);
    }
    return AuthStatus.SUCCESS;
  }

  @Override
  public AuthStatus secureResponse(MessageInfo message, Subject service) {
    return AuthStatus.SEND_SUCCESS;
  }

  @Override
  public void cleanSubject(MessageInfo message, Subject subject) {
    if (subject != null) {
      subject.getPrincipals().clear();
    }
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
