package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.openqa.selenium.support.ui.Select;

/**
 * A new agency on the province platform, in a real Chromium: the platform administrator creates the
 * agency and names its administrator; that administrator adds a clerk; the clerk signs in,
 * registers a letter (number 1 of the new agency's register) and sees only that agency's documents
 * in the register and in search.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Chromium chromium = new Chromium();

  @Test
  void anAgencyCreatedOnThePlatformWorksAloneFromItsFirstLetter() throws Exception {
    WebDriver browser = chromium.browser;
    int n = ThreadLocalRandom.current().nextInt(40, 99);
    String agency = "UBND xã Hòa Lạc " + n;
    String administrator = "quantri.hoalac" + n;
    String clerk = "vanthu.hoalac" + n;
    String password = "mat-khau-hoa-lac-" + n;

    // The platform administrator: the agencies' tree, a new agency under the province.
    chromium.signIn(base, "nentang", "Đinh Quốc Nền");
    assertThat(browser.findElement(By.id("agency-name")).getText()).isEqualTo("UBND tỉnh Demo");
    browser.findElement(By.cssSelector("[data-nav=platformAgencies]")).click();
    chromium.wait.until(
        ExpectedConditions.textToBe(By.tagName("h1"), "Cơ quan, tổ chức trên nền tảng"));
    assertThat(browser.findElement(By.id("agencies")).getText())
        .contains("UBND tỉnh Demo", "UBND xã Demo", "UBND xã Bình An", "Sở Nội vụ");
    WebElement form = browser.findElement(By.id("new-agency"));
    form.findElement(By.name("name")).sendKeys(agency);
    form.findElement(By.name("abbreviation")).sendKeys("UBND");
    form.findElement(By.name("organisationCode")).sendKeys("000.00.%02d.H99".formatted(n));
    form.findElement(By.name("placeName")).sendKeys("Xã Hòa Lạc");
    new Select(form.findElement(By.name("parentId"))).selectByVisibleText("UBND tỉnh Demo");
    chromium.screenshot("platform-new-agency.png");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    chromium.wait.until(
        ExpectedConditions.textToBe(By.id("platform-status"), "Đã tạo cơ quan " + agency + "."));

    WebElement named = browser.findElement(By.id("agency-administrator"));
    named.findElement(By.name("username")).sendKeys(administrator);
    named.findElement(By.name("fullName")).sendKeys("Quản trị Hòa Lạc");
    named.findElement(By.name("password")).sendKeys(password);
    named.findElement(By.cssSelector("button[type=submit]")).click();
    chromium.wait.until(
        ExpectedConditions.textToBe(
            By.id("platform-status"),
            "Đã tạo người quản trị " + administrator + " cho " + agency + "."));
    chromium.screenshot("platform-agency-administrator.png");
    signOut();

    // The agency's administrator adds a clerk to the office the agency started with.
    chromium.signIn(base, administrator, password, "Quản trị Hòa Lạc");
    assertThat(browser.findElement(By.id("agency-name")).getText()).isEqualTo(agency);
    assertThat(browser.findElements(By.cssSelector("[data-nav=platformAgencies]"))).isEmpty();
    browser.findElement(By.cssSelector("[data-nav=adminUsers]")).click();
    WebElement user =
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-user")));
    assertThat(browser.findElement(By.cssSelector("#content table")).getText())
        .contains(administrator)
        .doesNotContain("vanthu.binhan");
    user.findElement(By.name("username")).sendKeys(clerk);
    user.findElement(By.name("fullName")).sendKeys("Lê Thị Lạc");
    user.findElement(By.name("password")).sendKeys(password);
    user.findElement(By.cssSelector("input[name=roles][value=CLERK]")).click();
    user.findElements(By.cssSelector("input[name=unitIds]")).stream()
        .filter(box -> box.findElement(By.xpath("./ancestor::label")).getText().equals("Văn phòng"))
        .findFirst()
        .orElseThrow()
        .click();
    user.findElement(By.cssSelector("button[type=submit]")).click();
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#content [role=status]"), clerk));
    signOut();

    // The clerk registers the new agency's first letter, and sees none of the others'.
    Path scan = Files.createTempFile("Giấy mời Hòa Lạc ", ".pdf");
    Files.write(scan, TestFiles.pdf("Giay moi hop Hoa Lac"));
    chromium.signIn(base, clerk, password, "Lê Thị Lạc");
    assertThat(browser.findElement(By.id("agency-name")).getText()).isEqualTo(agency);
    browser.findElement(By.cssSelector("[data-nav=incoming]")).click();
    chromium.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Vào sổ văn bản đến"));
    new Select(browser.findElement(By.name("typeId"))).selectByVisibleText("Giấy mời (GM)");
    browser.findElement(By.name("notation")).sendKeys("1/GM-UBND");
    chromium.setValue(
        browser.findElement(By.name("documentDate")), LocalDate.now().minusDays(1).toString());
    browser.findElement(By.name("issuerName")).sendKeys("UBND tỉnh Demo");
    browser.findElement(By.name("subject")).sendKeys("Mời dự họp giao ban Hòa Lạc");
    browser.findElement(By.name("file")).sendKeys(scan.toAbsolutePath().toString());
    browser.findElement(By.cssSelector("#incoming-form button[type=submit]")).click();
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#content [role=status]"), "Đã vào sổ với số đến 1."));

    browser.findElement(By.cssSelector("[data-nav=registers]")).click();
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("register-page"), "1/GM-UBND"));
    assertThat(browser.findElements(By.cssSelector("table.register tbody tr"))).hasSize(1);
    chromium.screenshot("platform-new-agency-register.png");

    browser.findElement(By.cssSelector("[data-nav=search]")).click();
    WebElement query =
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.name("q")));
    query.sendKeys("Mời dự họp\n");
    // Other agencies' letters invite to meetings too: this agency's clerk finds its own alone.
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("search-results"), "Hòa Lạc"));
    assertThat(browser.findElements(By.cssSelector("#hits li.hit"))).hasSize(1);
    assertThat(browser.findElement(By.id("search-results")).getText()).contains("1–1 / 1");
    chromium.screenshot("platform-new-agency-search.png");
  }

  private void signOut() {
    chromium.browser.findElement(By.id("sign-out")).click();
    chromium.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Đăng nhập"));
  }
}
