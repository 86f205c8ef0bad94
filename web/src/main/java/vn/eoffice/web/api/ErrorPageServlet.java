package vn.eoffice.web.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The container's own errors (a request it refused before the application saw it, a path nothing
 * answers, an error nothing caught): problem+json under {@code /api/}, a short page elsewhere;
 * never the server's stack trace or version.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number ? number : 500;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri == null ? "" : uri.toString();
    Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    boolean tooLarge =
        status == 413
            || status == 414
            || status == 431
            || (message != null && message.toString().contains("too large"));
    String kind = tooLarge ? "request-too-large" : status == 404 ? "not-found" : "http";
    Problem problem = Problems.of(request, status, kind, Map.of("status", status));
    if (path.startsWith(request.getContextPath() + "/api/") || path.equals("/api")) {
      Problems.write(
          response,
          new Problem(
              problem.type(),
              problem.title(),
              status,
              problem.detail(),
              path,
              null,
              null,
              null,
              null));
      return;
    }
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(
            "<!doctype html><meta charset=\"utf-8\"><title>"
                + escape(problem.title())
                + "</title><h1>"
                + escape(problem.title())
                + "</h1><p>"
                + escape(problem.detail() == null ? "" : problem.detail())
                + "</p><p><a href=\"/\">e-Office</a></p>");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
