package vn.eoffice.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.eoffice.platform.boundary.RequestOrigin;

/**
 * Tells the services where a request came from, for the audit log. The client's own address; a
 * reverse proxy in front should be configured with Tomcat's RemoteIpValve so that this is right.
 */
@WebFilter(urlPatterns = "/api/*")
public class RequestOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient RequestOrigin origin;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    origin.setAddress(request.getRemoteAddr());
    chain.doFilter(request, response);
  }
}
