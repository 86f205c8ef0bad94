package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.ComparisonIT.DOCX;
import static vn.eoffice.app.ComparisonIT.addVersion;
import static vn.eoffice.app.ComparisonIT.decreeParagraphs;
import static vn.eoffice.app.ComparisonIT.docx;
import static vn.eoffice.app.ComparisonIT.firstFile;
import static vn.eoffice.app.ComparisonIT.pdf;
import static vn.eoffice.app.ComparisonIT.register;
import static vn.eoffice.app.ComparisonIT.similar;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * The clerk in a real Chromium: compares an edited version with the first one side by side and
 * inline, going from change to change; choosing a file whose text is registered already, the
 * registration form names that document. The archivist ticks two documents found by a search and
 * compares them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComparisonBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  /** The file input of the registration form (the document page has one too, for versions). */
  private static final By REGISTRATION_FILES = By.cssSelector("#incoming-form input[name=file]");

  @ArquillianResource URL base;

  @RegisterExtension final Chromium chromium = new Chromium();

  @Test
  void theClerkGoesFromChangeToChangeSideBySideAndInline() throws Exception {
    ApiClient clerk = ApiClient.signedIn(base.toURI(), "vanthu", ApiClient.DEMO_PASSWORD);
    List<String> paragraphs = decreeParagraphs(40, System.nanoTime() % 100_000, 0);
    long document = register(clerk, "cong-van.docx", DOCX, docx(paragraphs));
    long file = firstFile(clerk, document);
    int changed = 12;
    while (!paragraphs.get(changed).contains(" cơ quan ")) {
      changed++;
    }
    List<String> edited = new ArrayList<>(paragraphs);
    edited.set(changed, edited.get(changed).replaceFirst(" cơ quan ", " đơn vị "));
    edited.set(changed + 5, edited.get(changed + 5).replaceFirst(" ", " xin bổ sung "));
    addVersion(clerk, document, file, "cong-van-sua.pdf", "application/pdf", pdf(edited));

    WebDriver browser = chromium.browser;
    chromium.signIn(base, "vanthu", "Nguyễn Thị Thư");
    browser.get(base + "#/documents/" + document);
    chromium
        .wait
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".compare-link")))
        .click();
    chromium.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "So sánh văn bản"));

    assertThat(browser.findElement(By.id("compare-summary")).getText())
        .startsWith("2 chỗ thay đổi: 1 thêm, 0 bỏ, 1 sửa.");
    assertThat(browser.findElement(By.cssSelector("table.details")).getText())
        .contains("cong-van.docx (phiên bản 1)", "cong-van-sua.pdf (phiên bản 2)");
    browser.findElement(By.id("compare-next")).click();
    assertThat(browser.findElement(By.id("compare-position")).getText()).isEqualTo("Thay đổi 1/2");
    assertThat(texts(browser, "#compare-sides del.current")).containsExactly("cơ quan");
    assertThat(texts(browser, "#compare-sides ins.current")).containsExactly("đơn vị");
    chromium.screenshot("compare-1-side-by-side.png");

    browser.findElement(By.id("compare-next")).click();
    assertThat(browser.findElement(By.id("compare-position")).getText()).isEqualTo("Thay đổi 2/2");
    assertThat(texts(browser, "#compare-sides ins.current")).containsExactly("xin bổ sung");
    assertThat(texts(browser, "#compare-sides del.current")).isEmpty();

    browser.findElement(By.id("compare-view-inline")).click();
    assertThat(browser.findElements(By.id("compare-sides"))).isEmpty();
    assertThat(texts(browser, "#compare-inline ins.current")).containsExactly("xin bổ sung");
    // K and J go back and forth as the buttons do.
    browser.findElement(By.tagName("body")).sendKeys("k");
    assertThat(texts(browser, "#compare-inline del.current")).containsExactly("cơ quan");
    browser.findElement(By.tagName("body")).sendKeys("j");
    assertThat(texts(browser, "#compare-inline ins.current")).containsExactly("xin bổ sung");
    browser.findElement(By.id("compare-previous")).click();
    assertThat(texts(browser, "#compare-inline del.current")).containsExactly("cơ quan");
    assertThat(browser.findElement(By.id("compare-position")).getText()).isEqualTo("Thay đổi 1/2");
    // Long unchanged stretches show their ends; the words between come on request.
    String middle = paragraphs.get(5).substring(0, 40);
    assertThat(browser.findElement(By.id("compare-inline")).getText()).doesNotContain(middle);
    browser.findElement(By.cssSelector("#compare-inline button.expand")).click();
    assertThat(browser.findElement(By.id("compare-inline")).getText()).contains(middle);
    chromium.screenshot("compare-2-inline.png");

    String report = browser.findElement(By.id("compare-report")).getAttribute("href");

    // A comparison asked for wrongly says what is wrong instead of an empty page.
    browser.get(base + "#/compare?before=abc&after=" + document + ":" + file);
    chromium.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Dữ liệu chưa hợp lệ"));
    assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
        .contains("viết dạng văn bản:tệp hoặc văn bản:tệp:phiên bản");

    assertThat(report)
        .contains(
            "api/comparisons/report?before=%d%%3A%d%%3A1&after=%d%%3A%d%%3A2"
                .formatted(document, file, document, file));
  }

  @Test
  void choosingAFileRegisteredAlreadyNamesThatDocument() throws Exception {
    ApiClient clerk = ApiClient.signedIn(base.toURI(), "vanthu", ApiClient.DEMO_PASSWORD);
    List<String> paragraphs = decreeParagraphs(30, System.nanoTime() % 100_000, 0);
    long first = register(clerk, "cong-van.docx", DOCX, docx(paragraphs));
    byte[] scanLike = pdf(paragraphs);
    // The index takes the new document in within a second.
    for (int i = 0; i < 50 && !similar(clerk, scanLike).contains(first); i++) {
      Thread.sleep(100);
    }
    Path folder = Files.createTempDirectory("registration");
    Path again = Files.write(folder.resolve("cong-van-scan.pdf"), scanLike);
    Path unrelated = Files.write(folder.resolve("khac.pdf"), pdf(decreeParagraphs(30, 0, 1)));

    WebDriver browser = chromium.browser;
    chromium.signIn(base, "vanthu", "Nguyễn Thị Thư");
    browser.get(base + "#/incoming");
    WebElement files =
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(REGISTRATION_FILES));
    files.sendKeys(again.toString());

    WebElement offered =
        chromium.wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#similar-warning a[data-id='" + first + "']")));
    assertThat(browser.findElement(By.id("similar-warning")).getText())
        .startsWith("Có thể đã vào sổ")
        .contains("giống");
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", offered);
    chromium.screenshot("registration-possibly-registered.png");

    // Before registering, the clerk compares the chosen file with that document in a new tab.
    String form = browser.getWindowHandle();
    browser
        .findElement(By.cssSelector("#similar-warning .compare-similar[data-id='" + first + "']"))
        .click();
    chromium.wait.until(ExpectedConditions.numberOfWindowsToBe(2));
    browser
        .switchTo()
        .window(
            browser.getWindowHandles().stream()
                .filter(h -> !h.equals(form))
                .findFirst()
                .orElseThrow());
    chromium.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "So sánh văn bản"));
    assertThat(browser.findElement(By.id("compare-summary")).getText())
        .startsWith("Nội dung hai bản giống nhau");
    assertThat(browser.findElement(By.cssSelector("table.details")).getText())
        .contains("cong-van-scan.pdf (tệp vừa chọn, chưa vào sổ)", "cong-van.docx (phiên bản 1)");
    browser.close();
    browser.switchTo().window(form);
    offered.click();
    chromium.wait.until(ExpectedConditions.urlContains("#/documents/" + first));

    browser.get(base + "#/incoming");
    files = chromium.wait.until(ExpectedConditions.presenceOfElementLocated(REGISTRATION_FILES));
    files.sendKeys(unrelated.toString());
    chromium.wait.until(
        ExpectedConditions.textToBe(
            By.id("similar-warning"),
            "Đã đối chiếu nội dung tệp với sổ: không thấy văn bản nào trùng."));
    assertThat(browser.findElements(By.cssSelector("#similar-warning a"))).isEmpty();
  }

  @Test
  void theArchivistComparesTwoDocumentsFoundBySearch() throws Exception {
    ApiClient clerk = ApiClient.signedIn(base.toURI(), "vanthu", ApiClient.DEMO_PASSWORD);
    String word = "doichieu" + (System.nanoTime() % 100_000);
    List<String> paragraphs = decreeParagraphs(20, System.nanoTime() % 100_000, 0);
    List<String> edited = new ArrayList<>(paragraphs);
    edited.set(7, edited.get(7) + " Bổ sung.");
    long first = registerAbout(clerk, "Công văn " + word, "cong-van.docx", DOCX, docx(paragraphs));
    long second =
        registerAbout(
            clerk, "Công văn " + word, "cong-van-lai.pdf", "application/pdf", pdf(edited));

    WebDriver browser = chromium.browser;
    chromium.signIn(base, "luutru", "Phạm Thu Lưu");
    browser.get(base + "#/search");
    long until = System.nanoTime() + 10_000_000_000L;
    do {
      WebElement box =
          chromium.wait.until(ExpectedConditions.elementToBeClickable(By.id("search-q")));
      box.clear();
      box.sendKeys(word);
      browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
      Thread.sleep(300);
    } while (!browser.findElement(By.id("search-message")).getText().equals("Tìm thấy 2 văn bản")
        && System.nanoTime() < until);
    assertThat(browser.findElement(By.id("search-compare")).isEnabled()).isFalse();
    for (long id : List.of(second, first)) {
      browser.findElement(By.cssSelector(".compare-pick input[value='" + id + "']")).click();
    }
    assertThat(browser.findElement(By.id("compare-message")).getText())
        .isEqualTo("Đã chọn 2/2 văn bản.");
    browser.findElement(By.id("search-compare")).click();

    chromium.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "So sánh văn bản"));
    assertThat(browser.findElement(By.id("compare-summary")).getText())
        .startsWith("1 chỗ thay đổi: 1 thêm, 0 bỏ, 0 sửa.");
    // The document registered first is the one before.
    assertThat(browser.findElement(By.cssSelector("table.details")).getText())
        .containsSubsequence("cong-van.docx", "cong-van-lai.pdf");
    browser.findElement(By.id("compare-next")).click();
    assertThat(texts(browser, "#compare-sides ins.current")).containsExactly("Bổ sung.");
  }

  private static long registerAbout(
      ApiClient clerk, String subject, String name, String type, byte[] content) {
    long upload = Workflows.id(Workflows.expect(201, clerk.upload(name, type, content)));
    return Workflows.id(
        Workflows.expect(
            201,
            clerk.post(
                "api/incoming-documents",
                IncomingDocumentBuilder.anIncomingDocument()
                    .about(subject)
                    .withUpload(upload)
                    .json())));
  }

  private static List<String> texts(WebDriver browser, String css) {
    return browser.findElements(By.cssSelector(css)).stream()
        .map(e -> e.getAttribute("textContent").strip())
        .toList();
  }
}
