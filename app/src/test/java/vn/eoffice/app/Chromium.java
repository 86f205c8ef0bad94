package vn.eoffice.app;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium with a fresh profile for each test. A browser test registers it
 * ({@code @RegisterExtension final Chromium chromium = new Chromium();}): it starts before each
 * test and quits after, whatever the test did.
 */
final class Chromium implements BeforeEachCallback, AfterEachCallback {

  WebDriver browser;
  WebDriverWait wait;

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    Path profile = Files.createTempDirectory("chromium-profile");
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
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  /**
   * Signs in on the Vietnamese sign-in page with the demo password and waits for the shell to greet
   * the user by name.
   */
  void signIn(URL base, String username, String fullName) {
    signIn(base, username, ApiClient.DEMO_PASSWORD, fullName);
  }

  /** The same with a password of the test's own. */
  void signIn(URL base, String username, String password, String fullName) {
    browser.get(base + "");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Đăng nhập"));
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.id("sign-in")).click();
    wait.until(ExpectedConditions.textToBe(By.id("user-name"), fullName));
  }

  /** Sets an input's value as a picker would (date inputs read keys in the browser's locale). */
  void setValue(WebElement input, String value) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            input,
            value);
  }

  /**
   * Chooses one of several in a form's chooser: types part of the name (without diacritics, as a
   * hurried clerk does), and clicks the suggestion that holds {@code value}; its chip appears.
   */
  void choose(WebElement form, String name, String typed, String value) {
    WebElement chooser = form.findElement(By.cssSelector("[data-chooser=" + name + "]"));
    chooser.findElement(By.cssSelector("[role=combobox]")).sendKeys(typed);
    wait.until(
            ExpectedConditions.elementToBeClickable(
                chooser.findElement(By.cssSelector("[role=option][data-value='" + value + "']"))))
        .click();
    wait.until(
        ExpectedConditions.presenceOfNestedElementLocatedBy(
            chooser, By.cssSelector(".chip[data-value='" + value + "']")));
  }

  void screenshot(String name) throws Exception {
    Path folder = Path.of(System.getProperty("eoffice.screenshots", "target/screenshots"));
    Files.createDirectories(folder);
    Files.write(
        folder.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }
}
