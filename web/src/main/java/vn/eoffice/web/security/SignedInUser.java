package vn.eoffice.web.security;

import java.io.Serializable;
import java.util.Set;

/** Kept in the HTTP session after sign-in: who it is and the CSRF token of this session. */
public record SignedInUser(String username, Set<String> roles, String csrfToken)
    implements Serializable {

  public static final String SESSION_ATTRIBUTE = SignedInUser.class.getName();

  public SignedInUser {
    roles = Set.copyOf(roles);
  }
}
