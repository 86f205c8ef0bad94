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
 * The exchange in a real Chromium: the commune's officer picks the department from the directory on
 * the draft, the clerk issues it, the department's clerk accepts the package from the queue "Văn
 * bản điện tử đến", and the commune's clerk sees 03 on the document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExchangeBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Chromium chromium = new Chromium();

  @Test
  void theRecipientsClerkAcceptsFromTheQueueAndTheSenderSeesIt() throws Exception {
    WebDriver browser = chromium.browser;
    String subject =
        "Về việc đề nghị thẩm định biên chế, lần " + ThreadLocalRandom.current().nextInt(1000);
    ApiClient officer = ApiClient.signedIn(base.toURI(), "chuyenvien", ApiClient.DEMO_PASSWORD);
    ApiClient chairman = ApiClient.signedIn(base.toURI(), "lanhdao", ApiClient.DEMO_PASSWORD);
    long draft =
        Workflows.approvedDraft(officer, chairman, IncomingDocumentBuilder.DECISION, subject);

    // The officer picks the department from the directory, by its name typed without diacritics.
    chromium.signIn(base, "chuyenvien", "Lê Minh Chuyên");
    browser.get(base + "#/documents/" + draft);
    WebElement choose =
        chromium.wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//summary[text()='Chọn nơi nhận điện tử']")));
    choose.click();
    browser
        .findElement(By.cssSelector("#exchange-recipients input[type=search]"))
        .sendKeys("so noi vu");
    WebElement department =
        chromium.wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("#exchange-recipients input[value='000.00.01.H99']")));
    department.click();
    chromium.screenshot("exchange-choose-recipients.png");
    browser.findElement(By.cssSelector("#exchange-recipients button[type=submit]")).click();
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#recipients tr[data-recipient='000.00.01.H99']"), "Gửi khi phát hành"));
    browser.findElement(By.id("sign-out")).click();
    chromium.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Đăng nhập"));

    ApiClient clerk = ApiClient.signedIn(base.toURI(), "vanthu", ApiClient.DEMO_PASSWORD);
    String notation =
        JsonBodies.object(
                expect(200, clerk.post("api/outgoing-documents/" + draft + "/issue", "{}")))
            .getString("notation");

    // The department's clerk: the package waits with its metadata; accepted, it is registered.
    chromium.signIn(base, "vanthu.snv", "Hà Văn Nội");
    browser.findElement(By.cssSelector("[data-nav=exchangeIncoming]")).click();
    chromium.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Văn bản điện tử đến"));
    WebElement pack =
        chromium.wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath("//article[contains(@class,'package')][contains(., '" + subject + "')]")));
    // Nothing stray above the queue (an empty notice once showed as the text "null").
    assertThat(browser.findElement(By.id("content")).getText()).doesNotContain("null");
    assertThat(pack.getText())
        .contains(notation)
        .contains("UBND xã Demo")
        .contains("000.00.31.H99");
    chromium.screenshot("exchange-queue.png");
    pack.findElement(By.cssSelector("form.accept-package button")).click();
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#content .notice"), "Đã tiếp nhận và vào sổ văn bản đến."));
    browser.findElement(By.linkText("Xem văn bản")).click();
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), notation));
    assertThat(browser.findElement(By.cssSelector("table.details")).getText())
        .contains(subject)
        .contains("UBND xã Demo");
    browser.findElement(By.id("sign-out")).click();
    chromium.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Đăng nhập"));

    // The commune's clerk sees 03 on the issued document, with the statuses before it.
    chromium.signIn(base, "vanthu", "Nguyễn Thị Thư");
    browser.get(base + "#/documents/" + draft);
    WebElement row =
        chromium.wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#recipients tr[data-recipient='000.00.01.H99']")));
    assertThat(row.findElement(By.cssSelector(".latest-status")).getText())
        .contains("03 Đã tiếp nhận, vào sổ");
    assertThat(row.findElements(By.cssSelector("ol.statuses li")))
        .extracting(li -> li.getAttribute("data-code"))
        .containsExactly("01", "03");
    chromium.screenshot("exchange-sender-sees-03.png");
  }
}
