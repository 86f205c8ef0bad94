package vn.eoffice.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exchange between two installations (issue 25): two processes, each an e-Office with its own
 * PostgreSQL database, on 127.0.0.1. The commune of the first sends N issued documents, each with a
 * 1 MB PDF, to the department of the second: packages written and signed with the seal key (in
 * SoftHSM), delivered by the outbox, checked and queued by the receiver. Measured: packages per
 * second from the sends to the last one in the receiver's queue; beside it, in the same run, the
 * same package's bytes posted N times plainly from the first process to the second. Goal: at least
 * half the plain rate. {@code BENCH_PACKAGES} (default 150, after 50 unmeasured) sets N; {@code
 * BENCH_QUICK=true} sends 3.
 */
public final class ExchangeBenchmark {

  private static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");
  static final String SENDER = "000.00.31.H99";
  static final String RECEIVER = "000.00.01.H98";
  static final String PASSWORD = "bench-exchange-password";

  private ExchangeBenchmark() {}

  public static void main(String[] args) throws Exception {
    boolean quick = Boolean.parseBoolean(System.getenv().getOrDefault("BENCH_QUICK", "false"));
    int count = Installation.setting("BENCH_PACKAGES", quick ? 3 : 150);
    String host = System.getenv().getOrDefault("BENCH_DB_HOST", "127.0.0.1");
    String port = System.getenv().getOrDefault("BENCH_DB_PORT", "5432");
    Path work = Files.createTempDirectory("eoffice-exchange-bench");
    if (quick) {
      System.out.println(
          "Quick mode: tiny sizes, to check that every step runs; no figures to keep");
    }
    Installation.recreate(host, port, "eoffice_bench_a", "postgres");
    Installation.recreate(host, port, "eoffice_bench_b", "postgres");
    SealToken token = SealToken.make(work);
    List<Process> peers = new ArrayList<>();
    try {
      peers.add(peer(work.resolve("a"), host, port, "eoffice_bench_a", 18081, "H99", token));
      peers.add(peer(work.resolve("b"), host, port, "eoffice_bench_b", 18082, "H98", token));
      URI a = URI.create("http://127.0.0.1:18081/");
      URI b = URI.create("http://127.0.0.1:18082/");
      await(a);
      await(b);
      // Each platform administrator puts the other side in its directory, with its certificate.
      Api adminA = Api.signedIn(a, "quantri");
      Api adminB = Api.signedIn(b, "quantri.snv");
      String certificateA = adminA.get("api/exchange/certificate");
      String certificateB = adminB.get("api/exchange/certificate");
      partner(Api.signedIn(a, "nentang"), RECEIVER, "Sở Nội vụ (H98)", b, certificateB);
      partner(Api.signedIn(b, "nentang"), SENDER, "UBND xã Demo (H99)", a, certificateA);

      Api officer = Api.signedIn(a, "chuyenvien");
      Api chairman = Api.signedIn(a, "lanhdao");
      Api clerk = Api.signedIn(a, "vanthu");
      int warmUp = quick ? 1 : 50;
      System.out.printf(
          Locale.ROOT, "Preparing %d issued documents of 1 MB each …%n", warmUp + count);
      List<Long> documents = new ArrayList<>();
      Random random = new Random(25);
      for (int i = 0; i < warmUp + count; i++) {
        documents.add(issued(officer, chairman, clerk, i, onePdf(random, 1024 * 1024)));
      }
      Api receivingClerk = Api.signedIn(b, "vanthu.snv");
      // A first few, unmeasured, for the JIT; then the background work of the preparation (the
      // signature checks of every new PDF) is let finish, so that it does not run in the measure.
      String receiverDatabase = "jdbc:postgresql://" + host + ":" + port + "/eoffice_bench_b";
      send(clerk, receivingClerk, documents.subList(0, warmUp), 0, receiverDatabase);
      settle(host, port, "eoffice_bench_a");
      settle(host, port, "eoffice_bench_b");
      CpuUse before = CpuUse.now(peers);
      double exchangeSeconds =
          send(
              clerk,
              receivingClerk,
              documents.subList(warmUp, documents.size()),
              warmUp,
              receiverDatabase);
      String exchangeCpu = CpuUse.now(peers).since(before, count, List.of("sender", "receiver"));
      documents = documents.subList(warmUp, documents.size());

      // The same bytes, plainly: one package as the outbox sent it, from the first process to the
      // second, the same number of times.
      Path payload = work.resolve("package.edxml");
      Files.write(
          payload,
          clerk.bytes("api/exchange/documents/" + documents.get(0) + "/edxml?to=" + RECEIVER));
      before = CpuUse.now(peers);
      double plainSeconds =
          Double.parseDouble(
              Installation.post(
                  a.resolve(
                      "eoffice-benchmark-probe/exchange/plain?count="
                          + count
                          + "&to="
                          + URLEncoder.encode(
                              b.resolve("eoffice-benchmark-probe/exchange/sink").toString(),
                              StandardCharsets.UTF_8)
                          + "&file="
                          + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8)),
                  600));
      String plainCpu = CpuUse.now(peers).since(before, count, List.of("sender", "receiver"));
      double exchangeRate = count / exchangeSeconds;
      double plainRate = count / plainSeconds;
      System.out.println();
      System.out.printf(
          Locale.ROOT,
          "Exchange between two installations (%d packages of %.2f MB, a 1 MB PDF each)%n",
          count,
          Files.size(payload) / 1024.0 / 1024.0);
      System.out.printf(
          Locale.ROOT,
          "  e-Office: written, signed, delivered, checked, queued  %8.1f packages/s%n",
          exchangeRate);
      System.out.printf(
          Locale.ROOT,
          "  plain HTTP POST of the same bytes                     %8.1f packages/s%n",
          plainRate);
      System.out.println("  processor time per package:");
      System.out.println("    e-Office: " + exchangeCpu);
      System.out.println("    plain:    " + plainCpu);
      System.out.printf(
          Locale.ROOT,
          "  e-Office / plain: %.2fx (goal: at least 0.5x)%n",
          exchangeRate / plainRate);
    } finally {
      for (Process peer : peers) {
        peer.destroy();
      }
      for (Process peer : peers) {
        if (!peer.waitFor(60, TimeUnit.SECONDS)) {
          peer.destroyForcibly();
        }
      }
    }
  }

  /**
   * Sends each document to the receiver and waits until all are in its queue; the seconds. The
   * queue is counted in the receiver's database, so that the waiting does not load the receiver;
   * then its clerk's queue, through the API, must show them all.
   */
  private static double send(
      Api clerk, Api receivingClerk, List<Long> documents, int before, String receiverDatabase)
      throws Exception {
    int expected = before + documents.size();
    long start = System.nanoTime();
    for (long document : documents) {
      clerk.put(
          "api/exchange/documents/" + document + "/recipients",
          "{\"organCodes\":[\"" + RECEIVER + "\"],\"paper\":false}");
    }
    long deadline = start + TimeUnit.MINUTES.toNanos(10);
    try (java.sql.Connection connection =
            java.sql.DriverManager.getConnection(receiverDatabase, "postgres", "");
        java.sql.PreparedStatement count =
            connection.prepareStatement(
                "SELECT count(*) FROM exchange_package WHERE state = 'WAITING'")) {
      while (true) {
        try (java.sql.ResultSet rows = count.executeQuery()) {
          rows.next();
          if (rows.getLong(1) >= expected) {
            break;
          }
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the packages did not all arrive in 10 minutes");
        }
        Thread.sleep(10);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (waiting(receivingClerk) != expected) {
      throw new IllegalStateException(
          "the receiving clerk's queue does not show the " + expected + " packages received");
    }
    if (before > 0) {
      System.out.printf(
          Locale.ROOT,
          "  measured from %s to %s%n",
          java.time.Instant.now().minusNanos((long) (seconds * 1e9)),
          java.time.Instant.now());
    }
    return seconds;
  }

  /**
   * Waits until every PDF stored so far has had its signatures checked, and the outbox is empty.
   */
  private static void settle(String host, String port, String database) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    try (java.sql.Connection connection =
            java.sql.DriverManager.getConnection(
                "jdbc:postgresql://" + host + ":" + port + "/" + database, "postgres", "");
        java.sql.Statement sql = connection.createStatement()) {
      while (true) {
        try (java.sql.ResultSet left =
            sql.executeQuery(
                "SELECT (SELECT count(*) FROM stored_content c WHERE c.media_type ="
                    + " 'application/pdf' AND NOT EXISTS (SELECT 1 FROM signature_check s"
                    + " WHERE s.sha256 = c.sha256))"
                    + " + (SELECT count(*) FROM exchange_outbox WHERE state = 'PENDING')")) {
          left.next();
          if (left.getLong(1) == 0) {
            return;
          }
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(database + " did not settle in 10 minutes");
        }
        Thread.sleep(200);
      }
    }
  }

  private static Process peer(
      Path work,
      String host,
      String port,
      String database,
      int httpPort,
      String province,
      SealToken token)
      throws IOException {
    Files.createDirectories(work);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // BENCH_PEER_JAVA_OPTIONS: extra JVM options for both installations, e.g. a flight recording.
    for (String option :
        System.getenv().getOrDefault("BENCH_PEER_JAVA_OPTIONS", "").trim().split("\\s+")) {
      if (!option.isEmpty()) {
        command.add(option.replace("{peer}", work.getFileName().toString()));
      }
    }
    command.addAll(
        List.of(
            "--add-exports",
            "jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED",
            "-cp",
            System.getProperty("java.class.path"),
            ExchangePeer.class.getName(),
            work.toString(),
            "jdbc:postgresql://" + host + ":" + port + "/" + database,
            Integer.toString(httpPort)));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("peer.log").toFile());
    builder.environment().put("EOFFICE_DEMO_PASSWORD", PASSWORD);
    builder.environment().put("EOFFICE_DEMO_PROVINCE", province);
    builder.environment().put("EOFFICE_EXCHANGE_OUTBOX_INTERVAL_MS", "200");
    builder.environment().putAll(token.environment());
    return builder.start();
  }

  private static void await(URI installation) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    HttpClient http = HttpClient.newHttpClient();
    while (true) {
      try {
        HttpResponse<String> health =
            http.send(
                HttpRequest.newBuilder(installation.resolve("health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // starting
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the installation at " + installation + " did not start");
      }
      Thread.sleep(500);
    }
  }

  private static void partner(Api admin, String code, String name, URI at, String pem)
      throws Exception {
    admin.post(
        "api/exchange/partners",
        "{\"organCode\":\""
            + code
            + "\",\"name\":\""
            + name
            + "\",\"endpoint\":\""
            + at.resolve("exchange/edxml")
            + "\",\"certificate\":\""
            + pem.replace("\n", "\\n")
            + "\"}");
  }

  /** A decision drafted, approved and issued in the first installation; its id. */
  private static long issued(Api officer, Api chairman, Api clerk, int i, byte[] pdf)
      throws Exception {
    long upload =
        id(officer.postBytes("api/uploads?name=quyet-dinh-" + i + ".pdf", "application/pdf", pdf));
    long draft =
        id(
            officer.post(
                "api/outgoing-documents",
                "{\"typeId\":2,\"subject\":\"Quyết định số "
                    + i
                    + " gửi liên thông\",\"uploadIds\":["
                    + upload
                    + "]}"));
    officer.post("api/outgoing-documents/" + draft + "/submission", "{\"to\":\"lanhdao\"}");
    chairman.post("api/outgoing-documents/" + draft + "/approval", "{}");
    clerk.post("api/outgoing-documents/" + draft + "/issue", "{}");
    return draft;
  }

  /** How many packages wait in the clerk's queue: each names its edXML DocumentId once. */
  private static int waiting(Api clerk) throws Exception {
    String queue = clerk.get("api/exchange/incoming");
    String key = "\"edxmlDocument\":";
    int found = 0;
    for (int at = queue.indexOf(key); at >= 0; at = queue.indexOf(key, at + 1)) {
      found++;
    }
    return found;
  }

  /**
   * The top-level "id" of a JSON object (JSON-B writes keys in alphabetical order, nested first).
   */
  static long id(String body) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        if (depth == 1 && body.startsWith("\"id\":", i)) {
          int start = i + 5;
          int end = start;
          while (end < body.length() && Character.isDigit(body.charAt(end))) {
            end++;
          }
          return Long.parseLong(body.substring(start, end));
        }
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    throw new IllegalStateException("no id in " + body);
  }

  /**
   * A valid one-page PDF of about {@code size} bytes: a line of text and a grey image of random
   * pixels (as a scan's would be, incompressible), so that no two are alike.
   */
  static byte[] onePdf(Random random, int size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(size + 2048);
    List<Integer> offsets = new ArrayList<>();
    write(out, "%PDF-1.7\n");
    // The text, and the scan-like image drawn small in a corner (so that it is kept as it is).
    String text =
        "BT /F1 14 Tf 72 760 Td (Quyet dinh gui lien thong) Tj ET q 100 0 0 100 400 600 cm /Im1 Do Q";
    byte[] noise = new byte[size];
    random.nextBytes(noise);
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
          + " /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> >>",
      null,
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      null
    };
    for (int i = 0; i < objects.length; i++) {
      offsets.add(out.size());
      write(out, (i + 1) + " 0 obj\n");
      if (i == 3) {
        write(out, "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream\n");
      } else if (i == 5) {
        write(
            out,
            "<< /Type /XObject /Subtype /Image /Width 1024 /Height "
                + noise.length / 1024
                + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Length "
                + noise.length
                + " >>\nstream\n");
        out.write(noise);
        write(out, "\nendstream\n");
      } else {
        write(out, objects[i] + "\n");
      }
      write(out, "endobj\n");
    }
    int xref = out.size();
    write(out, "xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
    for (int offset : offsets) {
      write(out, String.format(Locale.ROOT, "%010d 00000 n \n", offset));
    }
    write(
        out,
        "trailer\n<< /Size "
            + (objects.length + 1)
            + " /Root 1 0 R >>\nstartxref\n"
            + xref
            + "\n%%EOF\n");
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A signed-in user of one installation, through its API. */
  static final class Api {
    private final URI base;
    private final HttpClient http;
    private String csrf;

    private Api(URI base) {
      this.base = base;
      this.http =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .connectTimeout(Duration.ofSeconds(5))
              .build();
    }

    static Api signedIn(URI base, String username) throws Exception {
      Api api = new Api(base);
      String body =
          api.send(
              HttpRequest.newBuilder(base.resolve("api/session"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "username="
                              + URLEncoder.encode(username, StandardCharsets.UTF_8)
                              + "&password="
                              + PASSWORD)));
      Matcher token = CSRF.matcher(body);
      if (!token.find()) {
        throw new IllegalStateException("no CSRF token for " + username + ": " + body);
      }
      api.csrf = token.group(1);
      return api;
    }

    String get(String path) throws Exception {
      return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    byte[] bytes(String path) throws Exception {
      HttpResponse<byte[]> answer =
          http.send(
              HttpRequest.newBuilder(base.resolve(path)).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + answer.statusCode());
      }
      return answer.body();
    }

    String post(String path, String json) throws Exception {
      return send(json(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    String put(String path, String json) throws Exception {
      return send(json(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    String postBytes(String path, String type, byte[] content) throws Exception {
      return send(
          HttpRequest.newBuilder(base.resolve(path))
              .header("Content-Type", type)
              .header("X-CSRF-Token", csrf)
              .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    private HttpRequest.Builder json(String path) {
      return HttpRequest.newBuilder(base.resolve(path))
          .header("Content-Type", "application/json")
          .header("X-CSRF-Token", csrf == null ? "" : csrf);
    }

    private String send(HttpRequest.Builder request) throws Exception {
      HttpResponse<String> answer =
          http.send(
              request.timeout(Duration.ofMinutes(2)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (answer.statusCode() >= 300) {
        throw new IllegalStateException(
            answer.request().method()
                + " "
                + answer.request().uri()
                + " answered "
                + answer.statusCode()
                + ": "
                + answer.body());
      }
      return answer.body();
    }
  }
}
