package vn.eoffice.web.verification;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import vn.eoffice.verification.boundary.Verification;
import vn.eoffice.verification.boundary.Verified;
import vn.eoffice.web.i18n.Messages;

/**
 * The public page an issued document's QR code opens ({@code /verify/<code>}): who issued it, its
 * số ký hiệu, date and subject (not for a confidential document), the SHA-256 of the issued file
 * and whether its signatures hold. A copy uploaded there ({@code POST}, the file as the form's
 * {@code file} or as the raw body) is said to match the issued file or not. HTML for people, JSON
 * when asked ({@code Accept: application/json}). An unknown code answers 404.
 */
@WebServlet("/verify/*")
@MultipartConfig(maxFileSize = 100L * 1024 * 1024)
public class VerificationServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @EJB Verification verification;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String code = code(request);
    Optional<Verified> verified = verification.of(code);
    answer(request, response, code, verified, null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String code = code(request);
    Optional<Verified> verified = verification.of(code);
    if (verified.isEmpty()) {
      answer(request, response, code, verified, null);
      return;
    }
    Optional<Boolean> matches;
    String type = request.getContentType();
    if (type != null && type.startsWith("multipart/")) {
      Part file = request.getPart("file");
      if (file == null || file.getSize() == 0) {
        response.sendError(400, "choose the copy to compare (the form's file)");
        return;
      }
      try (InputStream in = file.getInputStream()) {
        matches = verification.matches(code, in);
      }
    } else {
      try (InputStream in = request.getInputStream()) {
        matches = verification.matches(code, in);
      }
    }
    answer(request, response, code, verified, matches.orElse(null));
  }

  private static String code(HttpServletRequest request) {
    String path = request.getPathInfo();
    return path == null ? "" : path.replaceFirst("^/", "");
  }

  private static String language(HttpServletRequest request) {
    String accept = request.getHeader("Accept-Language");
    return accept != null && accept.toLowerCase().startsWith("en") ? "en" : "vi";
  }

  private void answer(
      HttpServletRequest request,
      HttpServletResponse response,
      String code,
      Optional<Verified> verified,
      Boolean matches)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    response.setStatus(verified.isPresent() ? 200 : 404);
    String accept = request.getHeader("Accept");
    if (accept != null && accept.contains("application/json")) {
      response.setContentType("application/json;charset=UTF-8");
      JsonObjectBuilder json = Json.createObjectBuilder().add("found", verified.isPresent());
      verified.ifPresent(
          v -> {
            json.add("valid", v.valid())
                .add("agency", v.agencyName())
                .add("notation", v.notation())
                .add("documentDate", v.documentDate().toString())
                .add("typeName", v.typeName())
                .add("confidential", v.confidential())
                .add("sha256", v.sha256())
                .add("signatures", v.signatures())
                .add("signatureCount", v.signatureCount());
            if (v.subject() != null) {
              json.add("subject", v.subject());
            }
          });
      if (matches != null) {
        json.add("matches", matches);
      }
      response.getOutputStream().write(json.build().toString().getBytes(StandardCharsets.UTF_8));
      return;
    }
    response.setContentType("text/html;charset=UTF-8");
    response
        .getOutputStream()
        .write(page(language(request), code, verified, matches).getBytes(StandardCharsets.UTF_8));
  }

  private static String page(
      String language, String code, Optional<Verified> verified, Boolean matches) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html lang=\"")
        .append(language)
        .append(
            "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(escape(text(language, "verify.title")))
        .append(
            "</title><link rel=\"stylesheet\" href=\"../assets/style.css\"></head><body><main id=\"verification\">")
        .append("<h1>")
        .append(escape(text(language, "verify.title")))
        .append("</h1>");
    if (verified.isEmpty()) {
      html.append("<p class=\"error\" id=\"verdict\">")
          .append(escape(text(language, "verify.unknown")))
          .append("</p></main></body></html>");
      return html.toString();
    }
    Verified v = verified.get();
    html.append("<p id=\"verdict\" class=\"")
        .append(v.valid() ? "notice" : "warning")
        .append("\" data-valid=\"")
        .append(v.valid())
        .append("\">")
        .append(escape(text(language, "verify.signatures." + v.signatures())))
        .append("</p><table class=\"details\"><tbody>");
    row(html, text(language, "verify.agency"), v.agencyName() + " (" + v.organCode() + ")");
    row(html, text(language, "document.number"), v.notation());
    row(html, text(language, "document.documentDate"), DATE.format(v.documentDate()));
    row(html, text(language, "document.type"), v.typeName());
    row(
        html,
        text(language, "document.subject"),
        v.confidential() ? text(language, "verify.confidential") : v.subject());
    row(html, "SHA-256", v.sha256());
    html.append("</tbody></table>");
    if (matches != null) {
      html.append("<p id=\"match\" class=\"")
          .append(matches ? "notice" : "error")
          .append("\" data-matches=\"")
          .append(matches)
          .append("\">")
          .append(escape(text(language, matches ? "verify.matches" : "verify.differs")))
          .append("</p>");
    }
    html.append("<form method=\"post\" enctype=\"multipart/form-data\" id=\"compare-copy\"><label>")
        .append(escape(text(language, "verify.upload")))
        .append(" <input type=\"file\" name=\"file\" required></label> <button type=\"submit\">")
        .append(escape(text(language, "verify.compare")))
        .append("</button></form></main></body></html>");
    return html.toString();
  }

  private static void row(StringBuilder html, String label, String value) {
    html.append("<tr><th scope=\"row\">")
        .append(escape(label))
        .append("</th><td>")
        .append(escape(value))
        .append("</td></tr>");
  }

  private static String text(String language, String key) {
    String text = Messages.text(language, key, Map.of());
    return text == null ? key : text;
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
