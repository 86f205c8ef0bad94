package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.IncomingDocumentBuilder.anIncomingDocument;
import static vn.eoffice.app.Workflows.expect;
import static vn.eoffice.app.Workflows.id;

import java.net.URL;
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
 * The archivist in a real Chromium: types words without diacritics in Tra cứu, sees the documents
 * with the words marked in the text of their files, narrows them by type with a facet and opens
 * one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Chromium chromium = new Chromium();

  @Test
  void theArchivistFindsNarrowsAndOpensDocuments() throws Exception {
    ApiClient clerk = ApiClient.signedIn(base.toURI(), "vanthu", ApiClient.DEMO_PASSWORD);
    String word = "dongtien" + (System.nanoTime() % 100_000);
    long letter = register(clerk, IncomingDocumentBuilder.OFFICIAL_LETTER, "Công văn về " + word);
    long decision = register(clerk, IncomingDocumentBuilder.DECISION, "Quyết định về " + word);

    WebDriver browser = chromium.browser;
    chromium.signIn(base, "luutru", "Phạm Thu Lưu");
    browser.findElement(By.cssSelector("[data-nav=search]")).click();
    chromium.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Tra cứu"));
    // The page opens on every readable document; the journal is taken in within a second: search
    // again until the answer to this search shows both.
    long until = System.nanoTime() + 10_000_000_000L;
    do {
      WebElement box = browser.findElement(By.id("search-q"));
      box.clear();
      box.sendKeys("thua dat " + word);
      browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
      chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search-message")));
      Thread.sleep(300);
    } while (!browser.findElement(By.id("search-message")).getText().equals("Tìm thấy 2 văn bản")
        && System.nanoTime() < until);

    assertThat(browser.findElement(By.id("search-message")).getText())
        .isEqualTo("Tìm thấy 2 văn bản");
    assertThat(browser.findElements(By.cssSelector("#hits .hit")))
        .extracting(h -> Long.valueOf(h.getAttribute("data-id")))
        .containsExactlyInAnyOrder(letter, decision);
    assertThat(browser.findElements(By.cssSelector("#hits .hit-snippet mark")))
        .extracting(WebElement::getText)
        .contains("thửa", "đất", word);
    chromium.screenshot("search-1-results.png");

    WebElement decisions =
        browser.findElement(
            By.xpath("//fieldset[@data-facet='type']//label[contains(., 'Quyết định')]/input"));
    decisions.click();
    chromium.wait.until(ExpectedConditions.textToBe(By.id("search-message"), "Tìm thấy 1 văn bản"));
    assertThat(browser.findElements(By.cssSelector("#hits .hit")))
        .extracting(h -> Long.valueOf(h.getAttribute("data-id")))
        .containsExactly(decision);
    chromium.screenshot("search-2-narrowed.png");

    browser.findElement(By.cssSelector("#hits .hit-title")).click();
    chromium.wait.until(ExpectedConditions.urlContains("#/documents/" + decision));
    chromium.wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.details")));
    assertThat(browser.findElement(By.cssSelector("table.details")).getText())
        .contains("Quyết định về " + word);
  }

  private static long register(ApiClient clerk, long type, String subject) throws Exception {
    long upload =
        id(
            expect(
                201,
                clerk.upload(
                    "van-ban.pdf",
                    "application/pdf",
                    SigningFixture.decision("Giao thửa đất số 12 — " + subject))));
    return id(
        expect(
            201,
            clerk.post(
                "api/incoming-documents",
                anIncomingDocument().ofType(type).about(subject).withUpload(upload).json())));
  }
}
