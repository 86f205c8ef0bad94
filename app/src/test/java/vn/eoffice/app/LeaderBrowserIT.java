package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The leader in a real Chromium: Vietnamese layout, switch to English, sign out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LeaderBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private WebDriver browser;
  private WebDriverWait wait;
  private Path profile;

  @BeforeEach
  void startChromium() throws Exception {
    profile = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=vi",
        "--window-size=1280,800",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void stopChromium() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void leaderSignsInInVietnameseSwitchesToEnglishAndSignsOut() throws Exception {
    browser.get(base + "");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Đăng nhập"));
    browser.findElement(By.id("username")).sendKeys("lanhdao");
    browser.findElement(By.id("password")).sendKeys(ApiClient.DEMO_PASSWORD);
    browser.findElement(By.id("sign-in")).click();

    wait.until(ExpectedConditions.textToBe(By.id("user-name"), "Trần Văn Đạo"));
    wait.until(
        ExpectedConditions.textToBe(By.cssSelector("[data-nav=approvals]"), "Chờ duyệt, ký"));
    assertThat(browser.findElement(By.id("agency-name")).getText()).isEqualTo("UBND xã Demo");
    assertThat(browser.findElement(By.cssSelector("[data-nav=incoming]")).getText())
        .isEqualTo("Văn bản đến");
    assertThat(browser.findElements(By.cssSelector("[data-nav=adminUsers]"))).isEmpty();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Xin chào, Trần Văn Đạo");
    screenshot("leader-vi.png");

    browser.findElement(By.id("lang-en")).click();
    wait.until(
        ExpectedConditions.textToBe(By.cssSelector("[data-nav=incoming]"), "Incoming documents"));
    assertThat(browser.findElement(By.id("sign-out")).getText()).isEqualTo("Sign out");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Trần Văn Đạo");
    screenshot("leader-en.png");

    browser.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.urlContains("login.html"));
    browser.get(base + "");
    wait.until(ExpectedConditions.urlContains("login.html"));
    assertThat(browser.findElement(By.id("sign-in")).getText()).isEqualTo("Sign in");
  }

  private void screenshot(String name) throws Exception {
    Path folder = Path.of(System.getProperty("eoffice.screenshots", "target/screenshots"));
    Files.createDirectories(folder);
    Files.write(
        folder.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
