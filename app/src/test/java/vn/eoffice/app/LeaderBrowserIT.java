package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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

  @RegisterExtension final Chromium chromium = new Chromium();
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void browser() {
    browser = chromium.browser;
    wait = chromium.wait;
  }

  @Test
  void leaderSignsInInVietnameseSwitchesToEnglishAndSignsOut() throws Exception {
    chromium.signIn(base, "lanhdao", "Trần Văn Đạo");
    wait.until(
        ExpectedConditions.textToBe(By.cssSelector("[data-nav=approvals]"), "Chờ duyệt, ký"));
    assertThat(browser.findElement(By.id("agency-name")).getText()).isEqualTo("UBND xã Demo");
    assertThat(browser.findElement(By.cssSelector("[data-nav=outgoing]")).getText())
        .isEqualTo("Văn bản đi");
    assertThat(browser.findElements(By.cssSelector("[data-nav=adminUsers]"))).isEmpty();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Xin chào, Trần Văn Đạo");
    screenshot("leader-vi.png");

    browser.findElement(By.id("lang-en")).click();
    wait.until(
        ExpectedConditions.textToBe(By.cssSelector("[data-nav=outgoing]"), "Outgoing documents"));
    assertThat(browser.findElement(By.id("sign-out")).getText()).isEqualTo("Sign out");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Trần Văn Đạo");
    screenshot("leader-en.png");

    browser.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.urlContains("login.html"));
    browser.get(base + "");
    wait.until(ExpectedConditions.urlContains("login.html"));
    assertThat(browser.findElement(By.id("sign-in")).getText()).isEqualTo("Sign in");
  }

  @Test
  void leaderOpensTheDashboardWithItsChartsAndExport() throws Exception {
    chromium.signIn(base, "lanhdao", "Trần Văn Đạo");

    browser.findElement(By.cssSelector("[data-nav=dashboard]")).click();
    // Chart.js drew the three charts (months, handling, units) on their canvases.
    wait.until(ExpectedConditions.attributeToBe(By.id("dashboard"), "data-charts", "3"));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Tình hình tiếp nhận, giải quyết và ban hành văn bản");
    assertThat(browser.findElements(By.cssSelector("#dashboard-months tbody tr"))).hasSize(13);
    assertThat(browser.findElement(By.cssSelector("#dashboard-units")).getText())
        .contains("Địa chính");
    Object drawn =
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript(
                "return [...document.querySelectorAll('#dashboard canvas')]"
                    + ".filter(c => window.Chart.getChart(c) && c.width > 0).length");
    assertThat(drawn).isEqualTo(3L);
    assertThat(browser.findElement(By.linkText("Xuất Excel")).getAttribute("href"))
        .contains("api/dashboard/export?year=");
    screenshot("leader-dashboard.png");
  }

  private void screenshot(String name) throws Exception {
    chromium.screenshot(name);
  }
}
