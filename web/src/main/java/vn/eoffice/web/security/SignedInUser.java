package vn.eoffice.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/** Kept in the HTTP session after sign-in: who it is and the CSRF token of this session. */
public record SignedInUser(String username, Set<String> roles, String csrfToken)
    implements Serializable {

  public static final String SESSION_ATTRIBUTE = SignedInUser.class.getName();

  public SignedInUser {
    roles = Set.copyOf(roles);
  }

  /** Who signed in on the request's session; empty without a session or a sign-in. */
  public static Optional<SignedInUser> of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof SignedInUser user
        ? Optional.of(user)
        : Optional.empty();
  }
}
