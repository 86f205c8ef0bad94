package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.Workflows.expect;

import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The archive in a real Chromium (issue 26): an officer's case file handed over, the archivist
 * receives it on "Lưu trữ hồ sơ", accepts it, and finds it in the catalogue by words typed without
 * diacritics; from the file handed over on, on a 390 px phone, where every page fits its width.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArchiveBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Chromium chromium = new Chromium();

  @Test
  void theArchivistAcceptsAHandOverAndFindsTheFile() throws Exception {
    WebDriver browser = chromium.browser;
    int serial = ThreadLocalRandom.current().nextInt(100_000);
    String title = "Hồ sơ bồi thường giải phóng mặt bằng đường liên xã " + serial;
    ApiClient officer = ApiClient.signedIn(base.toURI(), "chuyenvien", ApiClient.DEMO_PASSWORD);
    ApiClient chairman = ApiClient.signedIn(base.toURI(), "lanhdao", ApiClient.DEMO_PASSWORD);
    ApiClient clerk = ApiClient.signedIn(base.toURI(), "vanthu", ApiClient.DEMO_PASSWORD);
    long decision =
        Workflows.approvedDraft(
            officer, chairman, IncomingDocumentBuilder.DECISION, "Quyết định bồi thường " + serial);
    expect(200, clerk.post("api/outgoing-documents/" + decision + "/issue", "{}"));
    long file =
        JsonBodies.object(
                expect(
                    201,
                    officer.post(
                        "api/case-files",
                        "{\"notation\":\"BT-%d\",\"title\":\"%s\",\"retentionYears\":20}"
                            .formatted(serial, title))))
            .getJsonNumber("id")
            .longValue();
    expect(
        200,
        officer.post("api/case-files/" + file + "/documents", "{\"documentId\":" + decision + "}"));
    expect(200, officer.post("api/case-files/" + file + "/closing", "{}"));
    expect(200, officer.post("api/case-files/" + file + "/handover", ""));

    chromium.signIn(base, "luutru", "Phạm Thu Lưu");
    browser.findElement(By.cssSelector("[data-nav=archive]")).click();
    chromium.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Lưu trữ hồ sơ"));
    WebElement handedOver =
        chromium.wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("article.case-file[data-file='" + file + "']")));
    assertThat(handedOver.getText())
        .contains(title)
        .contains("000.00.31.H99.")
        .contains("20 năm")
        .contains("Lê Minh Chuyên")
        .contains("Quyết định bồi thường " + serial);
    // Nothing stray above the list (an empty notice once showed as the text "null").
    assertThat(browser.findElement(By.id("content")).getText()).doesNotContain("null");
    chromium.screenshot("archive-handed-over.png");
    // The rest on a 390 px phone: the file handed over, then the catalogue, fit its width.
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    chromium.wait.until(driver -> width("window.innerWidth") == 390);
    assertThat(width("document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
    chromium.screenshot("archive-handed-over-phone.png");
    handedOver.findElement(By.cssSelector("form.accept-file button")).click();
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#content .notice"), "vào lưu trữ."));
    assertThat(browser.findElements(By.cssSelector("article.case-file[data-file='" + file + "']")))
        .isEmpty();

    String words = "giai phong mat bang " + serial;
    browser.findElement(By.cssSelector("#catalogue-search input[name=q]")).sendKeys(words);
    browser.findElement(By.cssSelector("#catalogue-search button[type=submit]")).click();
    WebElement row =
        chromium.wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(
                    "#catalogue[data-query='" + words + "'] tr[data-file='" + file + "']")));
    assertThat(row.getText()).contains(title).contains("20 năm");
    assertThat(browser.findElements(By.cssSelector("#catalogue tbody tr"))).hasSize(1);
    assertThat(width("document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
    chromium.screenshot("archive-catalogue-phone.png");
  }

  private long width(String expression) {
    return ((Number)
            ((org.openqa.selenium.JavascriptExecutor) chromium.browser)
                .executeScript("return " + expression))
        .longValue();
  }
}
