package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.openqa.selenium.support.ui.Select;

/**
 * The clerk in a real Chromium: registers a received letter with its scan, reads the number the
 * register gave it, opens the document and finds it in the register with its export links.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClerkBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Chromium chromium = new Chromium();

  @Test
  void clerkRegistersALetterWithItsScanAndFindsItInTheRegister() throws Exception {
    WebDriver browser = chromium.browser;
    Path scan = Files.createTempFile("Giấy mời họp ", ".pdf");
    Files.write(scan, TestFiles.pdf("Giay moi hop"));
    String notation = (System.nanoTime() % 100_000) + "/GM-UBND";
    String subject = "<script>alert('x')</script> Mời dự họp giao ban";
    chromium.signIn(base, "vanthu", "Nguyễn Thị Thư");

    browser.findElement(By.cssSelector("[data-nav=incoming]")).click();
    chromium.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Vào sổ văn bản đến"));
    new Select(browser.findElement(By.name("typeId"))).selectByVisibleText("Giấy mời (GM)");
    browser.findElement(By.name("notation")).sendKeys(notation);
    chromium.setValue(
        browser.findElement(By.name("documentDate")), LocalDate.now().minusDays(1).toString());
    browser.findElement(By.name("issuerName")).sendKeys("UBND huyện Mẫu");
    browser.findElement(By.name("subject")).sendKeys(subject);
    browser.findElement(By.name("file")).sendKeys(scan.toAbsolutePath().toString());
    chromium.screenshot("clerk-incoming-form.png");
    browser.findElement(By.cssSelector("#incoming-form button[type=submit]")).click();

    chromium.wait.until(
        ExpectedConditions.textMatches(
            By.cssSelector("[role=status]"),
            java.util.regex.Pattern.compile("Đã vào sổ với số đến \\d+\\.")));
    browser.findElement(By.linkText("Xem văn bản")).click();
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), notation));
    assertThat(browser.findElement(By.cssSelector("table.details")).getText()).contains(subject);
    assertThat(browser.findElement(By.id("files")).getText()).contains("Giấy mời họp");
    // The history reads as sentences with the clerk's name and unit, the preview's viewing counted.
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("history"), "Nguyễn Thị Thư (Văn phòng) vào sổ văn bản đến: " + notation));
    assertThat(browser.findElement(By.id("history")).getText()).doesNotContain("vanthu");
    chromium.screenshot("clerk-document.png");

    browser.findElement(By.cssSelector("[data-nav=registers]")).click();
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("register-page"), notation));
    assertThat(browser.findElement(By.cssSelector("table.register")).getText())
        .contains("Giấy mời: " + subject);
    assertThat(browser.findElement(By.linkText("Xuất Excel")).getAttribute("href"))
        .contains("/export?")
        .contains("format=xlsx");
    chromium.screenshot("clerk-register.png");
  }

  @Test
  void anEmptyFormIsRefusedFieldByFieldAndADoubleClickRegistersOnce() throws Exception {
    WebDriver browser = chromium.browser;
    chromium.signIn(base, "vanthu", "Nguyễn Thị Thư");
    browser.findElement(By.cssSelector("[data-nav=incoming]")).click();
    chromium.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Vào sổ văn bản đến"));
    WebElement form = browser.findElement(By.id("incoming-form"));

    // Sent empty: each error under its own field, the field marked, the first one focused.
    form.findElement(By.cssSelector("button[type=submit]")).click();
    WebElement notation = form.findElement(By.name("notation"));
    chromium.wait.until(ExpectedConditions.attributeToBe(notation, "aria-invalid", "true"));
    WebElement notationLabel = notation.findElement(By.xpath("./ancestor::label"));
    assertThat(notationLabel.findElement(By.className("field-error")).getText())
        .isEqualTo("không được để trống");
    WebElement typeLabel =
        form.findElement(By.name("typeId")).findElement(By.xpath("./ancestor::label"));
    assertThat(typeLabel.findElements(By.className("field-error"))).isEmpty();
    assertThat(form.findElements(By.cssSelector("[aria-invalid=true]")))
        .extracting(e -> e.getAttribute("name"))
        .contains("notation", "documentDate", "issuerName", "subject");
    assertThat(browser.switchTo().activeElement().getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(form.findElements(By.className("field-error")))
        .extracting(WebElement::getText)
        .allMatch(text -> text.equals("không được để trống"));
    chromium.screenshot("clerk-empty-form.png");

    // Dates read and show as dd/mm/yyyy, whatever the browser's language.
    WebElement date = form.findElement(By.name("documentDate"));
    assertThat(date.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
    date.sendKeys("31/02/2026");
    new Select(form.findElement(By.name("typeId"))).selectByVisibleText("Giấy mời (GM)");
    String notationText = (System.nanoTime() % 100_000) + "/GM-UBND";
    notation.sendKeys(notationText);
    form.findElement(By.name("issuerName")).sendKeys("UBND huyện Mẫu");
    form.findElement(By.name("subject")).sendKeys("Mời dự hội nghị, bấm đúp");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElement(
            date.findElement(By.xpath("./ancestor::label")), "ví dụ 05/03/2026"));
    date.clear();
    String yesterday =
        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .format(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1));
    date.sendKeys(yesterday);

    // A double click on "Vào sổ": one document, one number.
    ApiClient api = ApiClient.signedIn(base.toURI(), "vanthu", ApiClient.DEMO_PASSWORD);
    int before = Registers.lastIncomingNumber(api);
    new org.openqa.selenium.interactions.Actions(browser)
        .doubleClick(form.findElement(By.cssSelector("button[type=submit]")))
        .perform();
    chromium.wait.until(
        ExpectedConditions.textToBe(
            By.cssSelector("#content [role=status]"),
            "Đã vào sổ với số đến " + (before + 1) + ". Xem văn bản"));
    Thread.sleep(1_000);
    assertThat(Registers.lastIncomingNumber(api)).isEqualTo(before + 1);
    assertThat(browser.findElements(By.id("duplicate-warning")))
        .allMatch(w -> w.getText().isEmpty());
    // The type chosen stays for the next letter.
    assertThat(new Select(form.findElement(By.name("typeId"))).getFirstSelectedOption().getText())
        .isEqualTo("Giấy mời (GM)");
  }
}
