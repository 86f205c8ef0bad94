package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationIT {

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private ApiClient admin() throws Exception {
    return ApiClient.signedIn(base.toURI(), "quantri", ApiClient.DEMO_PASSWORD);
  }

  @Test
  void administratorCreatesAUnitAndAUserWhoThenSignsInWithThatRole() throws Exception {
    ApiClient admin = admin();
    String abbreviation = "TP" + (System.nanoTime() % 100_000);
    ApiClient.Answer unit =
        admin.post(
            "api/units",
            "{\"name\":\"Tư pháp - Hộ tịch\",\"abbreviation\":\"%s\"}".formatted(abbreviation));
    assertThat(unit.status()).isEqualTo(201);
    String unitId = unit.body().replaceAll(".*\"id\":(\\d+).*", "$1");
    String username = "tuphap" + System.nanoTime();

    ApiClient.Answer user =
        admin.post(
            "api/users",
            """
            {"username":"%s","fullName":"Vũ Thị Pháp","positionTitle":"Công chức tư pháp",
             "password":"mat-khau-ban-dau","roles":["OFFICER","ARCHIVIST"],"unitIds":[%s]}"""
                .formatted(username, unitId));

    assertThat(user.status()).isEqualTo(201);
    assertThat(user.body()).contains("\"unitNames\":[\"Tư pháp - Hộ tịch\"]");
    ApiClient.Answer session =
        ApiClient.signedIn(base.toURI(), username, "mat-khau-ban-dau").get("api/session");
    assertThat(session.body()).contains("\"key\":\"tasks\"").contains("\"key\":\"registers\"");
  }

  @Test
  void onlyAdministratorsManageUsers() throws Exception {
    ApiClient leader = ApiClient.signedIn(base.toURI(), "lanhdao", ApiClient.DEMO_PASSWORD);

    ApiClient.Answer list = leader.get("api/users");
    ApiClient.Answer create =
        leader.post(
            "api/users",
            "{\"username\":\"intruder\",\"fullName\":\"X\",\"password\":\"0123456789\",\"roles\":[\"ADMIN\"]}");

    assertThat(list.status()).isEqualTo(403);
    assertThat(create.status()).isEqualTo(403);
    assertThat(create.body()).contains("urn:eoffice:problem:forbidden");
    assertThat(admin().get("api/users").body()).doesNotContain("\"intruder\"");
  }

  @Test
  void invalidInputNamesEachFieldAndRuleAndSavesNothing() throws Exception {
    ApiClient admin = admin();

    ApiClient.Answer answer =
        admin.post(
            "api/users",
            "{\"username\":\"Bad Name\",\"fullName\":\"\",\"password\":\"short\",\"roles\":[]}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body())
        .contains(
            "{\"field\":\"username\",\"message\":\"contains characters that are not allowed\",\"rule\":\"Pattern\"}")
        .contains("\"field\":\"fullName\"")
        .contains(
            "\"field\":\"password\",\"message\":\"length must be between 10 and 128\",\"rule\":\"Size\"")
        .contains("\"field\":\"roles\"");
    assertThat(admin.get("api/users").body()).doesNotContain("Bad Name");
  }

  @Test
  void aChangeWithoutTheCsrfTokenIsRefused() throws Exception {
    ApiClient.Answer answer =
        admin().postWithoutCsrfToken("api/units", "{\"name\":\"Giả mạo\",\"abbreviation\":\"GM\"}");

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.body()).contains("urn:eoffice:problem:csrf");
    assertThat(admin().get("api/units").body()).doesNotContain("Giả mạo");
  }

  @Test
  void theOpenApiDescriptionIsServed() throws Exception {
    ApiClient.Answer answer = admin().get("api/openapi.yaml");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).startsWith("openapi: 3.1.0").contains("/users/{id}/unlock:");
  }
}
