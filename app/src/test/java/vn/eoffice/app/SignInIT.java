package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private URI base() throws Exception {
    return base.toURI();
  }

  @ParameterizedTest
  @CsvSource({
    "vanthu, CLERK, registers",
    "lanhdao, LEADER, approvals",
    "chuyenvien, OFFICER, tasks",
    "luutru, ARCHIVIST, search",
    "quantri, ADMIN, adminUsers"
  })
  void eachDemoUserSignsInAndSeesTheNavigationOfTheirRole(
      String username, String role, String navigationKey) throws Exception {
    ApiClient client = new ApiClient(base());

    ApiClient.Answer answer = client.signIn(username, ApiClient.DEMO_PASSWORD);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body())
        .contains("\"roles\":[\"" + role + "\"]")
        .contains("\"key\":\"" + navigationKey + "\"")
        .contains("\"agencyName\":\"UBND xã Demo\"");
    assertThat(client.get("api/session").status()).isEqualTo(200);
  }

  @Test
  void anApiCallWithoutSigningInGets401ProblemJson() throws Exception {
    ApiClient.Answer answer = new ApiClient(base()).get("api/users");

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body()).contains("\"type\":\"urn:eoffice:problem:unauthenticated\"");
  }

  @Test
  void pagesWithoutSigningInLeadToTheSignInPageButHealthAnswers() throws Exception {
    ApiClient anonymous = new ApiClient(base());

    assertThat(anonymous.get("login.html").body()).contains("sign-in-form");
    assertThat(anonymous.get("index.html").body()).doesNotContain("menu-items");
    ApiClient.Answer health = anonymous.get("health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"database\"");
  }

  @Test
  void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
    String username = "locktest" + System.nanoTime();
    ApiClient admin = ApiClient.signedIn(base(), "quantri", ApiClient.DEMO_PASSWORD);
    assertThat(
            admin
                .post(
                    "api/users",
                    """
                    {"username":"%s","fullName":"Đỗ Khóa Thử","password":"right-password-1",
                     "roles":["OFFICER"]}"""
                        .formatted(username))
                .status())
        .isEqualTo(201);
    ApiClient client = new ApiClient(base());

    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(client.signIn(username, "wrong-" + attempt).status()).isEqualTo(401);
    }
    ApiClient.Answer fifth = client.signIn(username, "wrong-5");
    ApiClient.Answer rightAfterLock = client.signIn(username, "right-password-1");

    assertThat(fifth.status()).isEqualTo(423);
    assertThat(fifth.body()).contains("urn:eoffice:problem:account-locked");
    assertThat(rightAfterLock.status()).isEqualTo(423);
    assertThat(admin.get("api/users").body()).contains("\"lockedUntil\"");
  }

  /**
   * Wrong passwords under a name that is no account answer exactly as under a real one: refused
   * four times, then locked, the same status and the same problem, so that nobody learns from the
   * answers which accounts exist.
   */
  @Test
  void aNameThatIsNoAccountAnswersAsARealOneWould() throws Exception {
    String real = "realname" + System.nanoTime();
    String none = "noname" + System.nanoTime();
    ApiClient admin = ApiClient.signedIn(base(), "quantri", ApiClient.DEMO_PASSWORD);
    assertThat(
            admin
                .post(
                    "api/users",
                    """
                    {"username":"%s","fullName":"Đỗ Có Thật","password":"right-password-1",
                     "roles":["OFFICER"]}"""
                        .formatted(real))
                .status())
        .isEqualTo(201);
    ApiClient client = new ApiClient(base());
    for (int attempt = 1; attempt <= 7; attempt++) {
      ApiClient.Answer forReal = client.signIn(real, "wrong-" + attempt);
      ApiClient.Answer forNone = client.signIn(none, "wrong-" + attempt);
      assertThat(forNone.status()).as("attempt " + attempt).isEqualTo(forReal.status());
      assertThat(problemType(forNone.body()))
          .as("attempt " + attempt)
          .isEqualTo(problemType(forReal.body()));
      assertThat(forReal.status()).as("attempt " + attempt).isEqualTo(attempt < 5 ? 401 : 423);
    }
  }

  /**
   * The session cookie is Secure when the application is reached over HTTPS, here through a proxy
   * on the same host that says so, and only then (a plain-HTTP cookie marked Secure would never be
   * sent back).
   */
  @Test
  void theSessionCookieIsSecureOverHttpsBehindAProxy() throws Exception {
    String form =
        "username=vanthu&password="
            + java.net.URLEncoder.encode(
                ApiClient.DEMO_PASSWORD, java.nio.charset.StandardCharsets.UTF_8);
    URI session = base().resolve("api/session");
    java.util.function.Function<String, String> cookie =
        proto -> {
          var request =
              java.net.http.HttpRequest.newBuilder(session)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form));
          if (proto != null) {
            request.header("X-Forwarded-Proto", proto);
          }
          try {
            var answer =
                java.net.http.HttpClient.newHttpClient()
                    .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            return answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("EOFFICE_SESSION="))
                .findFirst()
                .orElseThrow();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        };
    assertThat(cookie.apply("https")).contains("Secure").contains("HttpOnly");
    assertThat(cookie.apply(null)).doesNotContain("Secure").contains("HttpOnly");
  }

  private static String problemType(String body) {
    return JsonBodies.object(body).getString("type");
  }

  @Test
  void signingOutEndsTheSession() throws Exception {
    ApiClient client = ApiClient.signedIn(base(), "lanhdao", ApiClient.DEMO_PASSWORD);

    assertThat(client.delete("api/session").status()).isEqualTo(204);

    assertThat(client.get("api/session").status()).isEqualTo(401);
  }
}
