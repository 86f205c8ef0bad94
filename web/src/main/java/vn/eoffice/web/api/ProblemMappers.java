package vn.eoffice.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.eoffice.documents.boundary.FileTooLargeException;
import vn.eoffice.documents.boundary.PossibleDuplicateException;
import vn.eoffice.platform.boundary.AccessDeniedException;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.platform.boundary.StateConflictException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.signatures.boundary.SignatureRefusedException;

/** Every exception leaves the API as a problem detail, never as a stack trace. */
public final class ProblemMappers {

  private ProblemMappers() {}

  /** 400 with one entry per rejected field. */
  @Provider
  public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(InvalidInputException e) {
      return Problems.response(
          Problems.of(request, 400, "invalid-input", Map.of(), e.violations()));
    }
  }

  /** 413 with the limit, in bytes and in the detail text. */
  @Provider
  public static class FileTooLarge implements ExceptionMapper<FileTooLargeException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(FileTooLargeException e) {
      return Problems.response(tooLarge(request, e.limitBytes()));
    }
  }

  public static Problem tooLarge(HttpServletRequest request, long limitBytes) {
    return Problems.of(
            request, 413, "file-too-large", Map.of("limitMb", limitBytes / (1024 * 1024)))
        .withMaxBytes(limitBytes);
  }

  /** 409 naming the earlier registrations; the clerk may confirm and register again. */
  @Provider
  public static class PossibleDuplicate implements ExceptionMapper<PossibleDuplicateException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(PossibleDuplicateException e) {
      return Problems.response(
          Problems.of(request, 409, "possible-duplicate", Map.of()).withDuplicates(e.candidates()));
    }
  }

  /** 409: the record's state does not allow the step; the reason names the rule. */
  @Provider
  public static class StateConflict implements ExceptionMapper<StateConflictException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(StateConflictException e) {
      Problem problem =
          Problems.of(request, 409, "state-conflict", Map.of(), List.of(e.violation()));
      Map<String, Object> parameters = e.violation().parameters();
      if (parameters.get("compareBefore") != null && parameters.get("compareAfter") != null) {
        problem =
            problem.withComparison(
                parameters.get("compareBefore").toString(),
                parameters.get("compareAfter").toString());
      }
      return Problems.response(problem);
    }
  }

  /** 422: the signature or seal was refused for what it is; the rule names why. */
  @Provider
  public static class SignatureRefused implements ExceptionMapper<SignatureRefusedException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(SignatureRefusedException e) {
      return Problems.response(
          Problems.of(request, 422, "signature-refused", Map.of(), List.of(e.violation())));
    }
  }

  /** 404. */
  @Provider
  public static class NotFound implements ExceptionMapper<NotFoundException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(NotFoundException e) {
      return Problems.response(Problems.of(request, 404, "not-found", Map.of()));
    }
  }

  /** 403: signed in, but the service layer refused the role. */
  @Provider
  public static class Forbidden implements ExceptionMapper<EJBAccessException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(EJBAccessException e) {
      return Problems.response(Problems.of(request, 403, "forbidden", Map.of()));
    }
  }

  /** 403: the role may do this, but not on this record; the kind names the rule. */
  @Provider
  public static class AccessDenied implements ExceptionMapper<AccessDeniedException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(AccessDeniedException e) {
      return Problems.response(Problems.of(request, 403, e.kind(), Map.of()));
    }
  }

  /** 400 for a body that is not the JSON the endpoint takes. */
  @Provider
  public static class UnreadableJson implements ExceptionMapper<JsonbException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(JsonbException e) {
      return unreadableBody(request);
    }
  }

  /**
   * 400 for a body that is not JSON at all, which the JSON parser refuses before JSON-B sees it.
   */
  @Provider
  public static class UnparsableJson implements ExceptionMapper<jakarta.json.JsonException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(jakarta.json.JsonException e) {
      return unreadableBody(request);
    }
  }

  /** 400 for a body the JSON provider could not read at all. */
  @Provider
  public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(ProcessingException e) {
      return unreadableBody(request);
    }
  }

  static Response unreadableBody(HttpServletRequest request) {
    return Problems.response(
        Problems.of(
            request,
            400,
            "invalid-input",
            Map.of(),
            List.of(Violation.of("body", "Json", "the request body is not valid JSON"))));
  }

  /** JAX-RS's own answers (unknown path, wrong method, unsupported media type) as problems. */
  @Provider
  public static class Http implements ExceptionMapper<WebApplicationException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      return Problems.response(Problems.of(request, status, "http", Map.of("status", status)));
    }
  }

  /**
   * 500 for a service that failed (TomEE's own mapper for these answers an empty body, and fails
   * itself when the cause is an Error rather than an Exception).
   */
  @Provider
  public static class ServiceFailure implements ExceptionMapper<jakarta.ejb.EJBException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(jakarta.ejb.EJBException e) {
      return Unexpected.incident(request, e);
    }
  }

  /** 500 with an incident id that the log holds next to the stack trace. */
  @Provider
  public static class Unexpected implements ExceptionMapper<Exception> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(Exception e) {
      return incident(request, e);
    }

    static Response incident(HttpServletRequest request, Exception e) {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Incident " + incident + " at " + request.getRequestURI(), e);
      return Problems.response(
          Problems.of(request, 500, "unexpected", Map.of("incident", incident)));
    }
  }
}
