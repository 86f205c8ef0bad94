package vn.eoffice.signing.agent;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import javax.security.auth.login.FailedLoginException;

/**
 * The signing agent: a small HTTP server on 127.0.0.1 that the e-Office page calls to list the
 * token's certificates and to sign the data the server prepared. It answers only the origins it was
 * installed for, shows the user which document is signed and for whom, takes the PIN in its own
 * terminal, never tries a PIN twice, and logs out of the token after every signature.
 */
public final class SigningAgent implements AutoCloseable {

  /** What went wrong, each with its HTTP status; the page shows a message per failure. */
  public enum Failure {
    ORIGIN_NOT_ALLOWED(403),
    TOKEN_MISSING(503),
    WRONG_PIN(401),
    PIN_LOCKED(423),
    CERTIFICATE_UNKNOWN(404),
    CERTIFICATE_EXPIRED(409),
    USER_DECLINED(409),
    BAD_REQUEST(400);

    final int status;

    Failure(int status) {
      this.status = status;
    }
  }

  /** The signatures the agent makes; anything else is refused. */
  static final Set<String> ALGORITHMS =
      Set.of("SHA256withRSA", "SHA384withRSA", "SHA512withRSA", "SHA256withECDSA");

  /** Data to be signed are a few kilobytes of signed attributes; more is not a signing request. */
  static final int MAX_BODY = 64 * 1024;

  private final AgentSettings settings;
  private final Confirmation confirmation;
  private final Clock clock;
  private final HttpServer server;

  /**
   * The token's certificate chains by alias, read once after the user's PIN (SunPKCS11 reads a
   * token only after login); a refresh reads them again.
   */
  private final java.util.Map<String, X509Certificate[]> known = new java.util.LinkedHashMap<>();

  /** The token's provider; requests run one at a time, on the server's single thread. */
  private Provider provider;

  public SigningAgent(AgentSettings settings, Confirmation confirmation, Clock clock) {
    this.settings = settings;
    this.confirmation = confirmation;
    this.clock = clock;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", settings.port()), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // One request at a time: a token signs one thing at a time and the user confirms one at a time.
    server.setExecutor(Executors.newSingleThreadExecutor());
    server.createContext("/", this::handle);
  }

  public SigningAgent start() {
    server.start();
    return this;
  }

  /** The port it listens on, on 127.0.0.1. */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String origin = exchange.getRequestHeaders().getFirst("Origin");
      if (origin == null || !settings.allowedOrigins().contains(origin)) {
        fail(exchange, Failure.ORIGIN_NOT_ALLOWED, "this agent answers only its e-Office server");
        return;
      }
      exchange.getResponseHeaders().add("Access-Control-Allow-Origin", origin);
      exchange.getResponseHeaders().add("Vary", "Origin");
      if (exchange.getRequestMethod().equals("OPTIONS")) {
        // Chromium's local network access preflight: a public page calling 127.0.0.1.
        exchange.getResponseHeaders().add("Access-Control-Allow-Methods", "GET, POST");
        exchange.getResponseHeaders().add("Access-Control-Allow-Headers", "Content-Type");
        exchange.getResponseHeaders().add("Access-Control-Allow-Private-Network", "true");
        exchange.getResponseHeaders().add("Access-Control-Max-Age", "600");
        exchange.sendResponseHeaders(204, -1);
        return;
      }
      String path = exchange.getRequestURI().getPath();
      try {
        if (path.equals("/certificates") && exchange.getRequestMethod().equals("GET")) {
          String query = exchange.getRequestURI().getQuery();
          send(exchange, 200, certificates(origin, query != null && query.contains("refresh")));
        } else if (path.equals("/sign") && exchange.getRequestMethod().equals("POST")) {
          send(exchange, 200, sign(exchange, origin));
        } else {
          fail(exchange, Failure.BAD_REQUEST, "the agent answers GET /certificates and POST /sign");
        }
      } catch (AgentException e) {
        if (e.failure == Failure.TOKEN_MISSING) {
          provider = null;
        }
        fail(exchange, e.failure, e.getMessage());
      } catch (java.security.ProviderException e) {
        // SunPKCS11's answer when the token was pulled out during the request.
        provider = null;
        fail(exchange, Failure.TOKEN_MISSING, "the token went away: " + rootMessage(e));
      }
    }
  }

  private JsonObject certificates(String origin, boolean refresh) {
    if (known.isEmpty() || refresh) {
      read(origin);
    }
    JsonArrayBuilder list = Json.createArrayBuilder();
    try {
      for (var entry : known.entrySet()) {
        X509Certificate certificate = entry.getValue()[0];
        JsonArrayBuilder encoded = Json.createArrayBuilder();
        for (X509Certificate c : entry.getValue()) {
          encoded.add(Base64.getEncoder().encodeToString(c.getEncoded()));
        }
        list.add(
            Json.createObjectBuilder()
                .add("id", entry.getKey())
                .add("subject", certificate.getSubjectX500Principal().getName())
                .add("issuer", certificate.getIssuerX500Principal().getName())
                .add("notBefore", certificate.getNotBefore().toInstant().toString())
                .add("notAfter", certificate.getNotAfter().toInstant().toString())
                .add("chain", encoded));
      }
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new AgentException(Failure.TOKEN_MISSING, "a certificate cannot be read");
    }
    return Json.createObjectBuilder().add("certificates", list).build();
  }

  /** Reads the token's chains, after the user agreed and typed the PIN. */
  private void read(String origin) {
    Provider token = token();
    char[] pin =
        pin(
            new SigningRequest("", "Đọc danh sách chứng thư số trên thiết bị", origin, ""),
            "the user declined to open the token");
    loggedIn(
        token,
        pin,
        "the token cannot be read",
        store -> {
          known.clear();
          for (String alias : Collections.list(store.aliases())) {
            Certificate[] chain = store.getCertificateChain(alias);
            if (chain != null && chain[0] instanceof X509Certificate) {
              known.put(
                  alias,
                  Arrays.stream(chain)
                      .map(X509Certificate.class::cast)
                      .toArray(X509Certificate[]::new));
            }
          }
          return null;
        });
  }

  private JsonObject sign(HttpExchange exchange, String origin) throws IOException {
    JsonObject request = body(exchange);
    String alias = text(request, "certificateId");
    String algorithm = text(request, "algorithm");
    if (!ALGORITHMS.contains(algorithm)) {
      throw new AgentException(Failure.BAD_REQUEST, "algorithm must be one of " + ALGORITHMS);
    }
    byte[] data;
    try {
      data = Base64.getDecoder().decode(text(request, "dataToSign"));
    } catch (IllegalArgumentException e) {
      throw new AgentException(Failure.BAD_REQUEST, "dataToSign must be base64");
    }
    X509Certificate[] chain = known.get(alias);
    if (chain == null) {
      throw new AgentException(
          Failure.CERTIFICATE_UNKNOWN, "no certificate " + alias + "; list the certificates first");
    }
    X509Certificate certificate = chain[0];
    Provider token = token();
    try {
      certificate.checkValidity(Date.from(clock.instant()));
    } catch (CertificateExpiredException | CertificateNotYetValidException e) {
      throw new AgentException(
          Failure.CERTIFICATE_EXPIRED,
          "the certificate is valid until " + certificate.getNotAfter().toInstant());
    }
    char[] pin =
        pin(
            new SigningRequest(
                request.getString("notation", "dự thảo"),
                request.getString("subject", ""),
                origin,
                certificate.getSubjectX500Principal().getName()),
            "the user declined to sign");
    return loggedIn(
        token,
        pin,
        "the token could not sign",
        store -> {
          Signature signature = Signature.getInstance(algorithm, token);
          signature.initSign((PrivateKey) store.getKey(alias, null));
          signature.update(data);
          return Json.createObjectBuilder()
              .add("signatureValue", Base64.getEncoder().encodeToString(signature.sign()))
              .build();
        });
  }

  /** Asks the user in the agent; declining ends the request. */
  private char[] pin(SigningRequest request, String declined) {
    return confirmation
        .confirm(request)
        .orElseThrow(() -> new AgentException(Failure.USER_DECLINED, declined));
  }

  /** Work on the token while logged in. */
  private interface TokenWork<T> {
    T apply(KeyStore store) throws GeneralSecurityException;
  }

  /**
   * Logs in with the user's PIN, does the work, logs out and wipes the PIN. A PKCS#11 login lasts
   * for the whole process, so any earlier one is ended first: the PIN given is the one checked.
   */
  private static <T> T loggedIn(Provider token, char[] pin, String failure, TokenWork<T> work) {
    logout(token);
    try {
      KeyStore store = KeyStore.getInstance("PKCS11", token);
      store.load(null, pin);
      return work.apply(store);
    } catch (IOException e) {
      throw loginFailure(e);
    } catch (GeneralSecurityException e) {
      throw new AgentException(Failure.TOKEN_MISSING, failure + ": " + rootMessage(e));
    } finally {
      Arrays.fill(pin, '\0');
      logout(token);
    }
  }

  /** A wrong PIN is reported once and never tried again: tokens lock after a few wrong ones. */
  private static AgentException loginFailure(IOException e) {
    String reason = String.valueOf(rootMessage(e));
    if (reason.contains("CKR_PIN_LOCKED")) {
      return new AgentException(Failure.PIN_LOCKED, "the token is locked; ask for it to be reset");
    }
    if (e.getCause() instanceof FailedLoginException || reason.contains("CKR_PIN_INCORRECT")) {
      return new AgentException(Failure.WRONG_PIN, "the PIN is wrong; the agent did not try again");
    }
    return new AgentException(Failure.TOKEN_MISSING, "the token cannot be opened: " + reason);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }

  private static void logout(Provider token) {
    if (token instanceof AuthProvider auth) {
      try {
        auth.logout();
      } catch (javax.security.auth.login.LoginException ignored) {
        // Not logged in: nothing to end.
      }
    }
  }

  /**
   * The token as a SunPKCS11 provider, configured once and kept (a provider holds the library's
   * sessions); dropped when the token went missing, so that a token plugged in again is found.
   */
  private Provider token() {
    if (provider == null) {
      provider = configure();
    }
    return provider;
  }

  /** A missing library, slot or token is TOKEN_MISSING. */
  private Provider configure() {
    if (!Files.isReadable(settings.library())) {
      throw new AgentException(
          Failure.TOKEN_MISSING, "the PKCS#11 library is not at " + settings.library());
    }
    String slot =
        settings.slot() < 0
            ? "slotListIndex = 0"
            : "slot = " + Long.toUnsignedString(settings.slot());
    try {
      return Security.getProvider("SunPKCS11")
          .configure(
              "--name = eoffice-agent\nlibrary = \"" + settings.library() + "\"\n" + slot + "\n");
    } catch (RuntimeException e) {
      throw new AgentException(Failure.TOKEN_MISSING, "no token is plugged in: " + rootMessage(e));
    }
  }

  private static JsonObject body(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw new AgentException(Failure.BAD_REQUEST, "the request is larger than " + MAX_BODY);
      }
      try (JsonReader reader =
          Json.createReader(new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
        return reader.readObject();
      }
    } catch (JsonException | IllegalStateException e) {
      throw new AgentException(Failure.BAD_REQUEST, "the request is not a JSON object");
    }
  }

  private static String text(JsonObject request, String name) {
    if (!request.containsKey(name) || request.isNull(name)) {
      throw new AgentException(Failure.BAD_REQUEST, name + " is required");
    }
    try {
      return request.getString(name);
    } catch (ClassCastException e) {
      throw new AgentException(Failure.BAD_REQUEST, name + " must be a string");
    }
  }

  private static void send(HttpExchange exchange, int status, JsonObject body) throws IOException {
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.getResponseHeaders().add("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void fail(HttpExchange exchange, Failure failure, String message)
      throws IOException {
    send(
        exchange,
        failure.status,
        Json.createObjectBuilder().add("error", failure.name()).add("message", message).build());
  }

  /** A failure with its kind. */
  static final class AgentException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final Failure failure;

    AgentException(Failure failure, String message) {
      super(message);
      this.failure = failure;
    }
  }

  /**
   * Runs the agent from its settings file ({@code library}, {@code slot}, {@code allowedOrigins}
   * comma-separated, {@code port}, default 8686), confirming in this terminal.
   */
  public static void main(String[] args) throws IOException {
    Path file =
        Path.of(
            args.length > 0
                ? args[0]
                : System.getProperty("user.home") + "/.eoffice-agent.properties");
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    AgentSettings settings =
        new AgentSettings(
            Path.of(properties.getProperty("library")),
            Long.parseLong(properties.getProperty("slot", "-1")),
            Set.of(properties.getProperty("allowedOrigins", "").split("\\s*,\\s*")),
            Integer.parseInt(properties.getProperty("port", "8686")));
    SigningAgent agent =
        new SigningAgent(settings, new ConsoleConfirmation(), Clock.systemUTC()).start();
    System.out.printf(
        "e-Office signing agent on http://127.0.0.1:%d for %s%n",
        agent.port(), settings.allowedOrigins());
  }
}
