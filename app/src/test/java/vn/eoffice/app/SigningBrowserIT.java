package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.Workflows.expect;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.eoffice.signing.agent.SigningAgent;

/**
 * Ký số in a real Chromium: the chairman opens the approved decision and presses "Ký số"; the page
 * talks to the signing agent on 127.0.0.1 (SoftHSM standing in for his USB token; the agent's test
 * hook confirms and types the PIN) and to the server, and the document comes back signed, with a
 * valid signature in the page's own check. Without the agent the page says so in Vietnamese.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SigningBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private static SigningFixture fixture;
  @RegisterExtension final Chromium chromium = new Chromium();
  private WebDriver browser;

  @BeforeAll
  static void pkiAndTokens() {
    fixture = SigningFixture.get();
  }

  @BeforeEach
  void browser() {
    browser = chromium.browser;
  }

  @Test
  void theChairmanPressesKySoAndHisTokenSignsTheDecision() throws Exception {
    ApiClient chairman =
        ApiClient.signedIn(URI.create(base.toString()), "lanhdao", ApiClient.DEMO_PASSWORD);
    expect(
        200,
        chairman.putBytes(
            "api/signature-images/mine", "image/png", SigningFixture.signatureImage()));
    String subject = "Quyết định cấp giấy phép xây dựng số " + (System.nanoTime() % 100_000);
    long draft = SigningFixture.approvedDecision(base, chairman, subject);
    SigningAgent agent = fixture.agent(SigningFixture.origin(base));

    chromium.signIn(base, "lanhdao", SigningFixture.SIGNER);
    useAgentAt("http://127.0.0.1:" + agent.port());
    browser.get(base + "#/documents/" + draft);
    chromium.wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-button")));
    assertThat(browser.findElement(By.id("signing")).getText())
        .contains("Mã PIN chỉ nhập trong cửa sổ của phần mềm ký số")
        .doesNotContain("Ảnh chữ ký");
    chromium.screenshot("signing-1-approved-decision.png");
    int asked = fixture.user.asked.size();
    browser.findElement(By.id("sign-button")).click();

    chromium.wait.until(
        ExpectedConditions.textToBe(
            By.cssSelector("h1 .badge"), "Đã ký số, chờ cấp số và đóng dấu"));
    chromium.screenshot("signing-2-signed.png");
    assertThat(fixture.user.asked.subList(asked, fixture.user.asked.size()))
        .as("the agent showed the user what is signed, for whom")
        .anySatisfy(
            request -> {
              assertThat(request.subject()).isEqualTo(subject);
              assertThat(request.origin()).isEqualTo(SigningFixture.origin(base));
            });
    JsonObject document = JsonBodies.object(expect(200, chairman.get("api/documents/" + draft)));
    assertThat(document.getString("status")).isEqualTo("SIGNED");
    // The draft, the approved version with its QR code, the signed version.
    assertThat(document.getJsonArray("files").getJsonObject(0).getJsonArray("versions")).hasSize(3);
    assertThat(browser.findElement(By.cssSelector("#files .signature-outcome")).getText())
        .as("the signed file's check beside its name")
        .isEqualTo("Chữ ký số hợp lệ (1)");

    browser.findElement(By.id("check-signatures")).click();
    chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signatures")));
    assertThat(browser.findElements(By.cssSelector("#signatures td[data-status]")))
        .singleElement()
        .satisfies(
            cell -> {
              assertThat(cell.getAttribute("data-status")).isEqualTo("VALID");
              assertThat(cell.getText()).startsWith("Hợp lệ");
            });
    assertThat(browser.findElement(By.id("signatures")).getText()).contains(SigningFixture.SIGNER);
    chromium.screenshot("signing-3-signature-checked.png");
  }

  @Test
  void withoutTheAgentThePageSaysWhatToDo() throws Exception {
    ApiClient chairman =
        ApiClient.signedIn(URI.create(base.toString()), "lanhdao", ApiClient.DEMO_PASSWORD);
    long draft = SigningFixture.approvedDecision(base, chairman, "Quyết định chưa ký được");

    chromium.signIn(base, "lanhdao", SigningFixture.SIGNER);
    // Nothing listens on port 9 of this machine.
    useAgentAt("http://127.0.0.1:9");
    browser.get(base + "#/documents/" + draft);
    chromium.wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-button"))).click();

    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("sign-status"), "Không kết nối được phần mềm ký số"));
    assertThat(browser.findElement(By.id("sign-status")).getAttribute("class")).isEqualTo("error");
    JsonObject document = JsonBodies.object(expect(200, chairman.get("api/documents/" + draft)));
    assertThat(document.getString("status")).isEqualTo("APPROVED");
  }

  private void useAgentAt(String url) {
    ((JavascriptExecutor) browser)
        .executeScript("localStorage.setItem('eoffice.signingAgent', arguments[0])", url);
  }
}
