package vn.eoffice.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.web.i18n.Messages;

/**
 * Builds problem details in the request's language. Titles and details come from the bundle keys
 * {@code problem.<kind>.title} and {@code problem.<kind>.detail}; field messages from {@code
 * rule.<Rule>}.
 */
public final class Problems {

  private static final Jsonb JSON = JsonbBuilder.create();

  private Problems() {}

  public static Problem of(
      HttpServletRequest request, int status, String kind, Map<String, ?> parameters) {
    return of(request, status, kind, parameters, List.of());
  }

  public static Problem of(
      HttpServletRequest request,
      int status,
      String kind,
      Map<String, ?> parameters,
      List<Violation> violations) {
    String language = Messages.languageOf(request);
    String title = Messages.text(language, "problem." + kind + ".title", parameters);
    String detail = Messages.text(language, "problem." + kind + ".detail", parameters);
    List<Problem.FieldError> errors =
        violations.stream().map(v -> fieldError(language, v)).toList();
    return new Problem(
        Problem.type(kind),
        title == null ? kind : title,
        status,
        detail,
        request.getRequestURI(),
        errors.isEmpty() ? null : errors,
        null,
        null,
        null);
  }

  private static Problem.FieldError fieldError(String language, Violation violation) {
    String message = Messages.text(language, "rule." + violation.rule(), violation.parameters());
    return new Problem.FieldError(
        violation.field(), violation.rule(), message == null ? violation.message() : message);
  }

  public static Response response(Problem problem) {
    return Response.status(problem.status())
        .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
        .entity(problem)
        .build();
  }

  /** For filters and the sign-in mechanism, which answer before JAX-RS does. */
  public static void write(HttpServletResponse response, Problem problem) throws IOException {
    response.setStatus(problem.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(JSON.toJson(problem));
    response.flushBuffer();
  }
}
