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
}
