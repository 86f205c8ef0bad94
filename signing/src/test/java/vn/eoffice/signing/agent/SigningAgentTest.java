package vn.eoffice.signing.agent;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.Indication;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.eoffice.signing.TwoStepSigning;
import vn.eoffice.signing.pkcs11.SoftHsm;
import vn.eoffice.signing.pki.TestPdfs;
import vn.eoffice.signing.pki.TestPki;

/**
 * The signing agent on 127.0.0.1 with a SoftHSM token holding the leader's key and an expired
 * user's, called as the e-Office page calls it; the user's answers come from the test's hook.
 */
class SigningAgentTest {

  private static final String SERVER = "https://eoffice.ubnd-demo.gov.vn";
  private static final String PIN = "112233";
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private static final TestPki PKI = TestPki.generate("http://127.0.0.1:18181", NOW);
  private static long slot;
  private static SigningAgent agent;
  private static final ScriptedUser USER = new ScriptedUser();
  private final HttpClient http = HttpClient.newHttpClient();

  /** The test hook: answers as the user would in the agent's terminal, and remembers the asks. */
  static final class ScriptedUser implements Confirmation {
    final List<SigningRequest> asked = new ArrayList<>();
    String pin;

    @Override
    public Optional<char[]> confirm(SigningRequest request) {
      asked.add(request);
      return pin == null ? Optional.empty() : Optional.of(pin.toCharArray());
    }
  }

  @BeforeAll
  static void tokenAndAgent() {
    slot = SoftHsm.ofThisJvm().initToken("usb-token-" + System.nanoTime(), PIN, "99887766");
    var writer = SoftHsm.provider("writer" + slot, slot);
    SoftHsm.importCredential(writer, PIN.toCharArray(), "lanhdao", PKI.leader());
    SoftHsm.importCredential(writer, PIN.toCharArray(), "hethan", PKI.expiredUser());
    try {
      ((java.security.AuthProvider) writer).logout();
    } catch (javax.security.auth.login.LoginException e) {
      throw new IllegalStateException(e);
    }
    agent =
        new SigningAgent(
                new AgentSettings(SoftHsm.LIBRARY, slot, Set.of(SERVER), 0),
                USER,
                Clock.systemUTC())
            .start();
    // The page lists the certificates first; the agent reads them once, after the PIN.
    USER.pin = PIN;
  }

  @AfterAll
  static void stop() {
    if (agent != null) {
      agent.close();
    }
  }

  @BeforeEach
  void freshUser() throws Exception {
    USER.pin = PIN;
    call("GET", "/certificates", SERVER, null);
    USER.asked.clear();
  }

  private HttpResponse<String> call(String method, String path, String origin, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + agent.port() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static String signRequest(String certificateId, byte[] data) {
    return Json.createObjectBuilder()
        .add("certificateId", certificateId)
        .add("algorithm", "SHA256withRSA")
        .add("dataToSign", Base64.getEncoder().encodeToString(data))
        .add("notation", "15/QĐ-UBND")
        .add("subject", "Quyết định giao đất")
        .build()
        .toString();
  }

  @Test
  void thePageListsTheTokensCertificatesWithTheirChains() throws Exception {
    HttpResponse<String> response = call("GET", "/certificates?refresh", SERVER, null);
    USER.asked.clear();
    HttpResponse<String> again = call("GET", "/certificates", SERVER, null);
    assertThat(again.body()).isEqualTo(response.body());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains(SERVER);
    List<JsonObject> certificates =
        json(response).getJsonArray("certificates").getValuesAs(JsonObject.class);
    assertThat(certificates)
        .extracting(c -> c.getString("id"))
        .containsExactlyInAnyOrder("lanhdao", "hethan");
    JsonObject leader =
        certificates.stream()
            .filter(c -> c.getString("id").equals("lanhdao"))
            .findFirst()
            .orElseThrow();
    assertThat(leader.getString("subject")).contains("CN=Trần Văn Đạo");
    assertThat(leader.getJsonArray("chain")).hasSize(3);
    assertThat(USER.asked).as("read once, then from memory").isEmpty();
  }

  @Test
  void chromiumsPreflightIsAnsweredForTheServerOnly() throws Exception {
    HttpResponse<String> allowed = call("OPTIONS", "/sign", SERVER, null);
    HttpResponse<String> other = call("OPTIONS", "/sign", "https://evil.example", null);

    assertThat(allowed.statusCode()).isEqualTo(204);
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Private-Network"))
        .contains("true");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void anOriginNotOnTheAllowListGetsNothingSigned() throws Exception {
    HttpResponse<String> response =
        call("POST", "/sign", "https://evil.example", signRequest("lanhdao", new byte[] {1, 2, 3}));
    HttpResponse<String> noOrigin = call("GET", "/certificates", null, null);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(json(response).getString("error")).isEqualTo("ORIGIN_NOT_ALLOWED");
    assertThat(noOrigin.statusCode()).isEqualTo(403);
    assertThat(USER.asked).isEmpty();
  }

  @Test
  void theUserConfirmsTheDocumentAndTheTokenSignsThePreparedData() throws Exception {
    byte[] pdf = TestPdfs.blankPage();
    // The server prepares with the chain the page got from the agent.
    JsonObject leader =
        json(call("GET", "/certificates", SERVER, null))
            .getJsonArray("certificates")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(c -> c.getString("id").equals("lanhdao"))
            .findFirst()
            .orElseThrow();
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    List<X509Certificate> chain = new ArrayList<>();
    for (var encoded : leader.getJsonArray("chain").getValuesAs(jakarta.json.JsonString.class)) {
      chain.add(
          (X509Certificate)
              factory.generateCertificate(
                  new ByteArrayInputStream(Base64.getDecoder().decode(encoded.getString()))));
    }
    TwoStepSigning server = new TwoStepSigning();
    TwoStepSigning.Prepared prepared = server.prepare(pdf, chain, NOW);

    HttpResponse<String> response =
        call("POST", "/sign", SERVER, signRequest("lanhdao", prepared.dataToSign()));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(USER.asked)
        .singleElement()
        .satisfies(
            asked -> {
              assertThat(asked.notation()).isEqualTo("15/QĐ-UBND");
              assertThat(asked.subject()).isEqualTo("Quyết định giao đất");
              assertThat(asked.origin()).isEqualTo(SERVER);
              assertThat(asked.certificateSubject()).contains("Trần Văn Đạo");
            });
    byte[] value = Base64.getDecoder().decode(json(response).getString("signatureValue"));
    byte[] signed = server.complete(prepared, value);
    assertThat(PKI.validation().validate(signed))
        .singleElement()
        .satisfies(v -> assertThat(v.indication()).isEqualTo(Indication.TOTAL_PASSED));
  }

  @Test
  void aWrongPinIsReportedAndNotTriedAgain() throws Exception {
    USER.pin = "000000";

    HttpResponse<String> response =
        call("POST", "/sign", SERVER, signRequest("lanhdao", new byte[] {4, 5, 6}));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
    assertThat(json(response).getString("error")).isEqualTo("WRONG_PIN");
    assertThat(USER.asked).hasSize(1);
  }

  @Test
  void eachSignatureNeedsThePinAgain() throws Exception {
    HttpResponse<String> first =
        call("POST", "/sign", SERVER, signRequest("lanhdao", new byte[] {7}));
    USER.pin = "000000";
    HttpResponse<String> second =
        call("POST", "/sign", SERVER, signRequest("lanhdao", new byte[] {8}));

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(second.statusCode()).as("logged out after the first").isEqualTo(401);
  }

  @Test
  void anExpiredCertificateIsRefusedBeforeThePinIsAsked() throws Exception {
    HttpResponse<String> response =
        call("POST", "/sign", SERVER, signRequest("hethan", new byte[] {1}));

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(json(response).getString("error")).isEqualTo("CERTIFICATE_EXPIRED");
    assertThat(USER.asked).isEmpty();
  }

  @Test
  void theUserMayDecline() throws Exception {
    USER.pin = null;

    HttpResponse<String> response =
        call("POST", "/sign", SERVER, signRequest("lanhdao", new byte[] {1}));

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(json(response).getString("error")).isEqualTo("USER_DECLINED");
  }

  @Test
  void readingTheTokenTheFirstTimeTakesThePinInTheAgent() throws Exception {
    try (SigningAgent fresh =
        new SigningAgent(
                new AgentSettings(SoftHsm.LIBRARY, slot, Set.of(SERVER), 0),
                USER,
                Clock.systemUTC())
            .start()) {
      USER.pin = "000000";
      HttpResponse<String> wrong = get(fresh, "/certificates");
      USER.pin = PIN;
      HttpResponse<String> right = get(fresh, "/certificates");

      assertThat(json(wrong).getString("error")).isEqualTo("WRONG_PIN");
      assertThat(right.statusCode()).isEqualTo(200);
      assertThat(USER.asked)
          .hasSize(2)
          .allSatisfy(
              asked -> assertThat(asked.subject()).startsWith("Đọc danh sách chứng thư số"));
    }
  }

  private HttpResponse<String> get(SigningAgent target, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target.port() + path))
            .header("Origin", SERVER)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void noTokenInTheSlotIsReportedAsMissing() throws Exception {
    try (SigningAgent unplugged =
        new SigningAgent(
                new AgentSettings(SoftHsm.LIBRARY, slot + 7, Set.of(SERVER), 0),
                USER,
                Clock.systemUTC())
            .start()) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + unplugged.port() + "/certificates"))
                  .header("Origin", SERVER)
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(json(response).getString("error")).isEqualTo("TOKEN_MISSING");
    }
  }

  @Test
  void badRequestsSayWhatIsWrong() throws Exception {
    HttpResponse<String> notJson = call("POST", "/sign", SERVER, "ký đi");
    HttpResponse<String> badAlgorithm =
        call(
            "POST",
            "/sign",
            SERVER,
            "{\"certificateId\":\"lanhdao\",\"algorithm\":\"MD5withRSA\",\"dataToSign\":\"AA==\"}");

    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(json(notJson).getString("message")).contains("JSON");
    assertThat(badAlgorithm.statusCode()).isEqualTo(400);
    assertThat(json(badAlgorithm).getString("message")).contains("SHA256withRSA");
    assertThat(USER.asked).isEmpty();
  }

  @Test
  void signatureValuesVerifyWithTheCertificate() throws Exception {
    byte[] data = "dữ liệu cần ký".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    HttpResponse<String> response = call("POST", "/sign", SERVER, signRequest("lanhdao", data));
    Signature check = Signature.getInstance("SHA256withRSA");
    check.initVerify(PKI.leader().certificate());
    check.update(data);

    assertThat(check.verify(Base64.getDecoder().decode(json(response).getString("signatureValue"))))
        .isTrue();
  }
}
