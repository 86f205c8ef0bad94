package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.Workflows.expect;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * e-Office on a phone (Phụ lục VI asks for it): every main page of every role fits the narrowest
 * common screen without sideways scrolling, the menu folds behind its button, and the leader reads,
 * instructs and hands on a document at 390×844.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneBrowserIT {

  private record Person(String username, String fullName, boolean readsTheDocument) {}

  private static final List<Person> EVERY_ROLE =
      List.of(
          new Person("vanthu", "Nguyễn Thị Thư", true),
          new Person("lanhdao", "Trần Văn Đạo", true),
          new Person("truongdc", "Vũ Thị Địa", false),
          new Person("chuyenvien", "Lê Minh Chuyên", false),
          new Person("luutru", "Phạm Thu Lưu", false),
          new Person("quantri", "Hoàng Quốc Trị", false),
          new Person("nentang", "Đinh Quốc Nền", false));

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Chromium chromium = new Chromium();

  @Test
  void everyMainPageOfEveryRoleFitsTheNarrowestPhone() throws Exception {
    WebDriver browser = chromium.browser;
    long document = presentedDocument("Đề nghị cấp giấy chứng nhận quyền sử dụng đất thửa số 112");
    phone(360, 740);
    browser.get(new URL(base, "login.html").toString());
    chromium.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Đăng nhập"));
    assertFits("the sign-in page");

    for (Person person : EVERY_ROLE) {
      chromium.signIn(base, person.username(), person.fullName());
      settled();
      assertThat(browser.findElement(By.id("menu")).isDisplayed())
          .as("the menu is folded behind its button")
          .isFalse();
      List<String> routes =
          browser.findElements(By.cssSelector("#menu-items a")).stream()
              .map(link -> link.getAttribute("href").replaceFirst("^[^#]*", ""))
              .toList();
      assertThat(routes).as(person.username()).isNotEmpty();
      for (String route : routes) {
        browser.findElement(By.id("menu-toggle")).click();
        WebElement link =
            chromium.wait.until(
                ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#menu-items a[href='" + route + "']")));
        link.click();
        chromium.wait.until(
            ExpectedConditions.attributeToBe(
                By.cssSelector("#menu-items a[href='" + route + "']"), "aria-current", "page"));
        settled();
        String where = person.username() + " " + route;
        assertThat(browser.findElement(By.cssSelector("#content h1")).getText())
            .as(where)
            .isNotBlank();
        assertThat(browser.findElement(By.id("menu")).isDisplayed())
            .as("the menu folds again once a page is chosen")
            .isFalse();
        assertFits(where);
      }
      if (person.readsTheDocument()) {
        js("location.hash = arguments[0]", "#/documents/" + document);
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
        settled();
        assertFits(person.username() + " on the document's page");
      }
      chromium.screenshot("phone-" + person.username() + ".png");
      browser.findElement(By.id("sign-out")).click();
      chromium.wait.until(ExpectedConditions.urlContains("login.html"));
    }
  }

  @Test
  void leaderReadsAndInstructsADocumentOnAPhone() throws Exception {
    WebDriver browser = chromium.browser;
    String subject = "Đơn đề nghị hỗ trợ sửa chữa nhà ở sau bão số 3";
    long document = presentedDocument(subject);
    long cadastre =
        Workflows.unit(ApiClient.signedIn(base.toURI(), "vanthu", ApiClient.DEMO_PASSWORD), "ĐC");
    LocalDate deadline = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10);
    phone(390, 844);

    chromium.signIn(base, "lanhdao", "Trần Văn Đạo");
    browser.findElement(By.id("menu-toggle")).click();
    chromium
        .wait
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-nav=approvals]")))
        .click();
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("awaiting"), subject));
    settled();
    assertFits("the leader's queue");
    browser.findElement(By.id("awaiting")).findElement(By.linkText(subject)).click();
    WebElement form =
        chromium.wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("form[data-action=instruct]")));
    settled();
    assertThat(browser.findElement(By.id("preview")).isDisplayed()).as("the PDF to read").isTrue();
    assertFits("the document's page with its instruction form");

    form.findElement(By.name("instruction")).sendKeys("Giao Địa chính xác minh, báo cáo trước hạn");
    new Select(form.findElement(By.name("lead"))).selectByValue("unit:" + cadastre);
    chromium.choose(form, "cooperators", "chuyen", "user:chuyenvien");
    // Typed as a Vietnamese clerk writes a date, whatever the browser's language.
    form.findElement(By.name("deadline"))
        .sendKeys(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(deadline));
    assertFits("the filled instruction form");
    chromium.screenshot("phone-instruct-form.png");
    WebElement submit = form.findElement(By.cssSelector("button[type=submit]"));
    js("arguments[0].scrollIntoView({block: 'center'})", submit);
    submit.click();

    chromium.wait.until(ExpectedConditions.textToBe(By.cssSelector("h1 .badge"), "Đang xử lý"));
    settled();
    assertThat(browser.findElement(By.id("handling")).getText())
        .contains("Địa chính")
        .contains("Lê Minh Chuyên (Địa chính)");
    assertFits("the document handed on");
    chromium.screenshot("phone-instructed.png");
    JsonObject handling =
        JsonBodies.object(
            expect(
                200,
                ApiClient.signedIn(base.toURI(), "lanhdao", ApiClient.DEMO_PASSWORD)
                    .get("api/documents/" + document + "/handling")));
    assertThat(handling.getJsonArray("assignments").getJsonObject(0).getString("deadline"))
        .isEqualTo(deadline.toString());
  }

  private long presentedDocument(String subject) throws Exception {
    return Workflows.presentedToLeader(
        ApiClient.signedIn(base.toURI(), "vanthu", ApiClient.DEMO_PASSWORD), subject);
  }

  private void phone(int width, int height) throws Exception {
    chromium.browser.manage().window().setSize(new Dimension(width, height));
    chromium.browser.get(new URL(base, "login.html").toString());
    assertThat(((Number) js("return window.innerWidth")).intValue()).isEqualTo(width);
  }

  /** Waits until the page has no request under way (api.js counts them). */
  private void settled() {
    chromium.wait.until(
        driver -> "0".equals(js("return document.documentElement.dataset.pending ?? '0'")));
  }

  private void assertFits(String where) {
    long scrollWidth = ((Number) js("return document.documentElement.scrollWidth")).longValue();
    long width = ((Number) js("return window.innerWidth")).longValue();
    assertThat(scrollWidth)
        .as("%s is %d px wide on a %d px screen", where, scrollWidth, width)
        .isLessThanOrEqualTo(width);
  }

  private Object js(String script, Object... arguments) {
    return ((JavascriptExecutor) chromium.browser).executeScript(script, arguments);
  }
}
