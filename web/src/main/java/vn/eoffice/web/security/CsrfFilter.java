package vn.eoffice.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Set;
import vn.eoffice.web.api.Problems;

/**
 * Refuses state-changing API requests that do not carry the session's CSRF token in the {@code
 * X-CSRF-Token} header (the UI reads it from {@code GET /api/session}); the sign-in request itself
 * must come from this site's own pages when the browser says where it comes from.
 */
@WebFilter(urlPatterns = "/api/*")
public class CsrfFilter extends HttpFilter {

  public static final String HEADER = "X-CSRF-Token";
  private static final long serialVersionUID = 1L;
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE_METHODS.contains(request.getMethod()) || isAllowed(request)) {
      chain.doFilter(request, response);
    } else {
      Problems.write(response, Problems.of(request, 403, "csrf", Map.of("header", HEADER)));
    }
  }

  private static boolean isAllowed(HttpServletRequest request) {
    String path = SessionAuthModule.pathOf(request);
    if (PublicPaths.SESSION_API.equals(path) && "POST".equals(request.getMethod())) {
      return isSameOrigin(request);
    }
    String sent = request.getHeader(HEADER);
    return sent != null
        && SignedInUser.of(request)
            .map(
                user ->
                    MessageDigest.isEqual(
                        sent.getBytes(StandardCharsets.UTF_8),
                        user.csrfToken().getBytes(StandardCharsets.UTF_8)))
            .orElse(false);
  }

  /** No Origin header (a non-browser client) is allowed; a foreign one is not. */
  private static boolean isSameOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null || origin.isBlank()) {
      return true;
    }
    try {
      URI uri = URI.create(origin);
      int port = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
      return request.getServerName().equalsIgnoreCase(uri.getHost())
          && request.getServerPort() == port;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
