package vn.eoffice.web.api;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.eoffice.platform.control.RequestKeys;
import vn.eoffice.platform.entity.RequestKey;
import vn.eoffice.web.security.SignedInUser;

/**
 * Takes each change that carries an {@code Idempotency-Key} header once: the UI sends one key per
 * submission of a form, so a double click or a request sent again after its answer was lost neither
 * registers a document twice nor burns a number. The same request arriving again gets the first
 * one's answer (with {@code Idempotent-Replayed: true}); while the first still runs, 409. A refused
 * or failed request leaves nothing done, so its key is freed for the corrected form.
 */
@WebFilter(urlPatterns = "/api/*")
public class IdempotentRequests extends HttpFilter {

  public static final String HEADER = "Idempotency-Key";
  private static final long serialVersionUID = 1L;
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,100}");

  /** The answers kept to give again: a created record's view, not a file. */
  private static final int LARGEST_KEPT = 1_000_000;

  @EJB RequestKeys keys;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String key = request.getHeader(HEADER);
    String user =
        request.getRemoteUser() != null
            ? request.getRemoteUser()
            : SignedInUser.of(request).map(SignedInUser::username).orElse(null);
    if (key == null || user == null || !("POST".equals(request.getMethod()))) {
      chain.doFilter(request, response);
      return;
    }
    if (!KEY.matcher(key).matches()) {
      Problems.write(response, Problems.of(request, 400, "idempotency-key", Map.of()));
      return;
    }
    String asked = request.getMethod() + ' ' + request.getRequestURI();
    Optional<RequestKey> earlier = keys.take(user, key, asked);
    if (earlier.isPresent()) {
      answerAgain(request, response, earlier.get(), asked);
      return;
    }
    Captured captured = new Captured(response);
    boolean done = false;
    try {
      chain.doFilter(request, captured);
      captured.flushBuffer();
      done = captured.getStatus() < 300;
    } finally {
      if (done) {
        // A larger answer is kept without its body: the repeat learns that it succeeded.
        keys.answered(
            user,
            key,
            captured.getStatus(),
            captured.getContentType(),
            captured.body.size() <= LARGEST_KEPT
                ? captured.body.toString(StandardCharsets.UTF_8)
                : null);
      } else {
        keys.release(user, key);
      }
    }
    response.getOutputStream().write(captured.body.toByteArray());
  }

  private static void answerAgain(
      HttpServletRequest request, HttpServletResponse response, RequestKey earlier, String asked)
      throws IOException {
    if (!earlier.getRequest().equals(asked)) {
      Problems.write(response, Problems.of(request, 422, "idempotency-key-reused", Map.of()));
    } else if (earlier.getStatus() == null) {
      Problems.write(response, Problems.of(request, 409, "request-in-progress", Map.of()));
    } else {
      response.setStatus(earlier.getStatus());
      response.setHeader("Idempotent-Replayed", "true");
      response.setHeader("Cache-Control", "no-store");
      if (earlier.getMediaType() != null) {
        response.setContentType(earlier.getMediaType());
      }
      if (earlier.getBody() != null) {
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(earlier.getBody());
      }
    }
  }

  /** Holds the answer back until it is known whether the request succeeded. */
  private static final class Captured extends HttpServletResponseWrapper {
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private PrintWriter writer;
    private final ServletOutputStream stream =
        new ServletOutputStream() {
          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("answers are held back synchronously");
          }

          @Override
          public void write(int b) {
            body.write(b);
          }

          @Override
          public void write(byte[] bytes, int offset, int length) {
            body.write(bytes, offset, length);
          }
        };

    Captured(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
      }
      return writer;
    }

    @Override
    public void flushBuffer() {
      if (writer != null) {
        writer.flush();
      }
    }
  }
}
