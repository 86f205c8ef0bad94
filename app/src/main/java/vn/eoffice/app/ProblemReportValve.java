package vn.eoffice.app;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * The server's answer to what it refuses before the application sees it (a request line or header
 * longer than it takes, a request it cannot parse): problem+json, as every other API error, when
 * the request was for {@code /api/} or its path could not even be read; elsewhere Tomcat's page
 * without the stack trace and the server's version.
 */
final class ProblemReportValve extends ErrorReportValve {

  ProblemReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    String path = request.getRequestURI();
    if (path != null && !path.isEmpty() && !path.startsWith("/api/") && !path.equals("/api")) {
      super.report(request, response, throwable);
      return;
    }
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    String message = response.getMessage();
    boolean tooLarge =
        status == 413
            || status == 414
            || status == 431
            || (message != null && message.contains("too large"))
            || (throwable != null && String.valueOf(throwable.getMessage()).contains("too large"));
    boolean vietnamese = !String.valueOf(request.getHeader("Accept-Language")).startsWith("en");
    String body =
        tooLarge
            ? problem(
                "request-too-large",
                vietnamese ? "Yêu cầu quá lớn" : "Request too large",
                status,
                vietnamese
                    ? "Địa chỉ hoặc phần đầu của yêu cầu dài quá mức máy chủ nhận (8 KB). Nội dung"
                        + " tìm kiếm tối đa 500 ký tự; văn bản dài hơn gửi bằng POST /api/search."
                    : "The address or a header of the request is longer than the server takes (8"
                        + " KB). A search is at most 500 characters; a longer text is sent by POST"
                        + " /api/search.")
            : problem(
                "http",
                (vietnamese ? "Yêu cầu không được xử lý (HTTP " : "Request not handled (HTTP ")
                    + status
                    + ")",
                status,
                null);
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setHeader("Cache-Control", "no-store");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(body);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client is gone or the answer already began: nothing more to tell it.
    }
  }

  private static String problem(String kind, String title, int status, String detail) {
    return "{\"type\":\"urn:eoffice:problem:"
        + kind
        + "\",\"title\":\""
        + title
        + "\",\"status\":"
        + status
        + (detail == null ? "" : ",\"detail\":\"" + detail + "\"")
        + "}";
  }
}
