package vn.eoffice.app;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like API client: keeps its session cookie and sends the CSRF token on changes. */
final class ApiClient {

  /** One answer: status, content type and body. */
  record Answer(int status, String contentType, String body) {}

  static final String DEMO_PASSWORD = System.getProperty("eoffice.demo.password");
  private static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");

  private final URI base;
  private final HttpClient http;
  private String csrfToken;

  ApiClient(URI base) {
    this.base = base;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  static ApiClient signedIn(URI base, String username, String password) {
    ApiClient client = new ApiClient(base);
    Answer answer = client.signIn(username, password);
    if (answer.status() != 200) {
      throw new IllegalStateException("Sign-in of " + username + " failed: " + answer);
    }
    return client;
  }

  Answer signIn(String username, String password) {
    String form =
        "username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    Answer answer =
        send(
            HttpRequest.newBuilder(base.resolve("api/session"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    Matcher token = CSRF.matcher(answer.body());
    csrfToken = token.find() ? token.group(1) : null;
    return answer;
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  Answer post(String path, String json) {
    return send(withCsrf(path).POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** POSTs with an idempotency key, as the UI sends each submission of a form. */
  Answer post(String path, String json, String idempotencyKey) {
    return send(
        withCsrf(path)
            .header("Idempotency-Key", idempotencyKey)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Answer put(String path, String json) {
    return send(withCsrf(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  Answer delete(String path) {
    return send(withCsrf(path).DELETE());
  }

  /** Uploads a file as the raw body, as the clerk's browser does. */
  Answer upload(String fileName, String contentType, byte[] content) {
    return send(
        HttpRequest.newBuilder(
                base.resolve(
                    "api/uploads?name=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)))
            .header("Content-Type", contentType)
            .header("X-CSRF-Token", csrfToken == null ? "" : csrfToken)
            .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
  }

  /** POSTs raw bytes of the given type, e.g. a file to check. */
  Answer postBytes(String path, String contentType, byte[] content) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", contentType)
            .header("X-CSRF-Token", csrfToken == null ? "" : csrfToken)
            .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
  }

  /** PUTs raw bytes of the given type, e.g. an image. */
  Answer putBytes(String path, String contentType, byte[] content) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", contentType)
            .header("X-CSRF-Token", csrfToken == null ? "" : csrfToken)
            .PUT(HttpRequest.BodyPublishers.ofByteArray(content)));
  }

  /** A file as the browser saves it: status, headers and the bytes. */
  record Download(int status, java.net.http.HttpHeaders headers, byte[] body) {
    String header(String name) {
      return headers.firstValue(name).orElse("");
    }
  }

  Download download(String path) {
    try {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(base.resolve(path))
                  .header("Accept-Language", "en")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Answer postWithoutCsrfToken(String path, String json) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpRequest.Builder withCsrf(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json");
    return csrfToken == null ? request : request.header("X-CSRF-Token", csrfToken);
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.header("Accept-Language", "en").build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
