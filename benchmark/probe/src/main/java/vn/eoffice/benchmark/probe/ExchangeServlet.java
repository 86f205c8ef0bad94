package vn.eoffice.benchmark.probe;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The peer of the exchange benchmark: the same bytes as an edXML package, posted plainly from this
 * process to another installation's sink, with nothing done to them on either side. {@code POST
 * /exchange/plain?count=N&to=URL&file=PATH} posts the file N times, one after the other, and
 * answers the seconds it took; {@code POST /exchange/sink} reads the body and answers its length.
 */
@WebServlet("/exchange/*")
public class ExchangeServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    if ("/sink".equals(request.getPathInfo())) {
      long length = 0;
      try (InputStream in = request.getInputStream()) {
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          length += n;
        }
      }
      response.getWriter().print(length);
      return;
    }
    if (!"/plain".equals(request.getPathInfo())) {
      response.sendError(404);
      return;
    }
    int count = Integer.parseInt(request.getParameter("count"));
    URI to = URI.create(request.getParameter("to"));
    byte[] body = Files.readAllBytes(Path.of(request.getParameter("file")));
    long start = System.nanoTime();
    try {
      for (int i = 0; i < count; i++) {
        HttpResponse<String> answer =
            HTTP.send(
                HttpRequest.newBuilder(to)
                    .header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
          response.sendError(500, "the sink answered " + answer.statusCode());
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      response.sendError(500, "interrupted");
      return;
    }
    response.getWriter().print((System.nanoTime() - start) / 1e9);
  }
}
