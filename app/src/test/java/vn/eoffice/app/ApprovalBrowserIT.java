package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.Workflows.expect;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The approval of an outgoing draft in a real Chromium: the chairman finds it in his queue with the
 * PDF in the page and returns it with a comment, the officer uploads a corrected file and submits
 * it again, the chairman approves the corrected version. Screenshots of each step are saved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApprovalBrowserIT {

  private static final String RETURN_COMMENT = "Đề nghị bổ sung căn cứ Luật Đất đai năm 2024";

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @RegisterExtension final Chromium chromium = new Chromium();
  private WebDriver browser;

  @BeforeEach
  void browser() {
    browser = chromium.browser;
  }

  @Test
  void leaderReturnsADraftOfficerResubmitsLeaderApproves() throws Exception {
    ApiClient officerApi =
        ApiClient.signedIn(URI.create(base.toString()), "chuyenvien", ApiClient.DEMO_PASSWORD);
    String subject = "Tờ trình phương án giao đất số " + (System.nanoTime() % 100_000);
    long draft = Workflows.draft(officerApi, IncomingDocumentBuilder.DECISION, subject);
    String firstVersion = Workflows.fileSha256(officerApi, draft);
    expect(
        200,
        officerApi.post("api/outgoing-documents/" + draft + "/submission", "{\"to\":\"lanhdao\"}"));

    // The chairman opens his queue and the draft, with its PDF shown in the page.
    signIn("lanhdao", "Trần Văn Đạo");
    openFromQueue("approvals", subject);
    waitForStatus("Chờ lãnh đạo duyệt ký");
    assertThat(browser.findElement(By.id("preview")).getAttribute("src")).contains("version=1");
    chromium.screenshot("approval-1-leader-opens-draft.png");

    WebElement returnForm = browser.findElement(By.cssSelector("form[data-action=return]"));
    returnForm.findElement(By.name("comment")).sendKeys(RETURN_COMMENT);
    returnForm.findElement(By.cssSelector("button[type=submit]")).click();
    waitForStatus("Bị trả lại");
    assertThat(browser.findElement(By.id("workflow-history")).getText())
        .contains("Trả lại")
        .contains(RETURN_COMMENT);
    assertThat(browser.findElements(By.cssSelector("form[data-action=approve]"))).isEmpty();
    chromium.screenshot("approval-2-leader-returned.png");
    signOut();

    // The officer finds it returned, reads why, uploads a corrected file and submits it again.
    signIn("chuyenvien", "Lê Minh Chuyên");
    openFromQueue("tasks", subject);
    waitForStatus("Bị trả lại");
    assertThat(browser.findElement(By.id("workflow-history")).getText()).contains(RETURN_COMMENT);
    Path corrected = Files.createTempFile("Tờ trình (sửa) ", ".pdf");
    Files.write(corrected, TestFiles.pdf("To trinh da bo sung can cu Luat Dat dai 2024"));
    // The page may be drawn once more after its status shows: the file is chosen and sent again
    // on the form drawn last.
    chromium
        .wait
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            page -> {
              WebElement form = page.findElement(By.cssSelector("#files form"));
              form.findElement(By.cssSelector("input[type=file]"))
                  .sendKeys(corrected.toAbsolutePath().toString());
              form.findElement(By.cssSelector("button[type=submit]")).click();
              return true;
            });
    chromium.wait.until(ExpectedConditions.attributeContains(By.id("preview"), "src", "version=2"));
    WebElement submitForm = browser.findElement(By.cssSelector("form[data-action=submit]"));
    Select leader = new Select(submitForm.findElement(By.name("to")));
    assertThat(leader.getOptions())
        .extracting(WebElement::getText)
        .contains("Trần Văn Đạo — Chủ tịch (Lãnh đạo UBND)")
        .noneMatch(option -> option.startsWith("Lê Minh Chuyên"));
    leader.selectByValue("lanhdao");
    submitForm.findElement(By.name("comment")).sendKeys("Đã bổ sung căn cứ pháp lý");
    chromium.screenshot("approval-3-officer-resubmits.png");
    submitForm.findElement(By.cssSelector("button[type=submit]")).click();
    waitForStatus("Chờ lãnh đạo duyệt ký");
    assertThat(browser.findElements(By.cssSelector("form[data-action=submit]"))).isEmpty();
    signOut();

    // The chairman sees the corrected version and approves it.
    signIn("lanhdao", "Trần Văn Đạo");
    openFromQueue("approvals", subject);
    waitForStatus("Chờ lãnh đạo duyệt ký");
    assertThat(browser.findElement(By.id("preview")).getAttribute("src")).contains("version=2");
    browser.findElement(By.cssSelector("form[data-action=approve] button[type=submit]")).click();
    waitForStatus("Đã duyệt, chờ phát hành");
    chromium.screenshot("approval-4-leader-approved.png");
    browser.findElement(By.cssSelector("[data-nav=approvals]")).click();
    chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reminders")));
    assertThat(browser.findElement(By.id("content")).getText()).doesNotContain(subject);

    // What the browser did is what the record says: who saw which version, and what was approved.
    JsonObject document = JsonBodies.object(expect(200, officerApi.get("api/documents/" + draft)));
    String secondVersion = Workflows.fileSha256(officerApi, draft);
    assertThat(secondVersion).isNotEqualTo(firstVersion);
    assertThat(document.getString("status")).isEqualTo("APPROVED");
    assertThat(document.getString("approvedSha256")).isEqualTo(secondVersion);
    List<JsonObject> events =
        JsonBodies.array(expect(200, officerApi.get("api/documents/" + draft + "/workflow")))
            .getValuesAs(JsonObject.class);
    assertThat(events)
        .extracting(e -> e.getString("action"), e -> e.getString("actor"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SUBMITTED", "chuyenvien"),
            org.assertj.core.groups.Tuple.tuple("RETURNED", "lanhdao"),
            org.assertj.core.groups.Tuple.tuple("SUBMITTED", "chuyenvien"),
            org.assertj.core.groups.Tuple.tuple("APPROVED", "lanhdao"));
    assertThat(events.get(1).getString("comment")).isEqualTo(RETURN_COMMENT);
    assertThat(events.get(1).getString("fileSha256")).isEqualTo(firstVersion);
    // The approval step keeps the version the leader saw; the approved one is that version with
    // the verification QR code put on it, after the step.
    List<JsonObject> versions =
        document
            .getJsonArray("files")
            .getJsonObject(0)
            .getJsonArray("versions")
            .getValuesAs(JsonObject.class);
    assertThat(versions).hasSize(3);
    assertThat(events.get(3).getString("fileSha256"))
        .isEqualTo(versions.get(1).getString("sha256"))
        .isNotEqualTo(secondVersion);
  }

  @Test
  void chairmanInstructsAndTheUnitHeadPassesOnChoosingFromLists() throws Exception {
    ApiClient clerkApi =
        ApiClient.signedIn(URI.create(base.toString()), "vanthu", ApiClient.DEMO_PASSWORD);
    String subject = "Đơn đề nghị hỗ trợ hộ nghèo số " + (System.nanoTime() % 100_000);
    long document = Workflows.presentedToLeader(clerkApi, subject);
    long cadastre = Workflows.unit(clerkApi, "ĐC");

    signIn("lanhdao", "Trần Văn Đạo");
    openFromQueue("approvals", subject);
    waitForStatus("Đã trình lãnh đạo");
    WebElement form = browser.findElement(By.cssSelector("form[data-action=instruct]"));
    form.findElement(By.name("instruction")).sendKeys("Giao Địa chính chủ trì, báo cáo trước hạn");
    new Select(form.findElement(By.name("lead"))).selectByValue("unit:" + cadastre);
    chromium.choose(form, "cooperators", "hoa", "user:chuyenvien2");
    chromium.setValue(
        form.findElement(By.name("deadline")), java.time.LocalDate.now().plusDays(7).toString());
    chromium.screenshot("instruction-1-form.png");
    form.findElement(By.cssSelector("button[type=submit]")).click();

    waitForStatus("Đang xử lý");
    String handling = browser.findElement(By.id("handling")).getText();
    assertThat(handling).contains("Chủ trì").contains("Địa chính").contains("Phối hợp");
    assertThat(handling).contains("Đỗ Văn Hòa (Văn hóa - Xã hội)").doesNotContain("chuyenvien2");
    chromium.screenshot("instruction-2-assigned.png");
    signOut();

    // The head of Địa chính finds the unit's line in her work and passes it on to her officer.
    signIn("truongdc", "Vũ Thị Địa");
    browser.findElement(By.cssSelector("[data-nav=approvals]")).click();
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("assignments"), subject));
    browser.findElement(By.id("assignments")).findElement(By.linkText(subject)).click();
    WebElement passOn =
        chromium.wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("form[data-action=pass-on]")));
    passOn.findElement(By.name("instruction")).sendKeys("Đ/c Chuyên thẩm tra hồ sơ");
    Select officers = new Select(passOn.findElement(By.name("lead")));
    assertThat(officers.getOptions())
        .extracting(WebElement::getText)
        .as("only the unit's people")
        .contains("Lê Minh Chuyên — Chuyên viên (Địa chính)")
        .noneMatch(option -> option.startsWith("Đỗ Văn Hòa"));
    officers.selectByValue("chuyenvien");
    passOn.findElement(By.cssSelector("button[type=submit]")).click();
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("workflow-history"), "Chuyển xử lý trong đơn vị"));
    chromium.screenshot("instruction-3-passed-on.png");

    JsonObject form2 =
        JsonBodies.object(expect(200, clerkApi.get("api/documents/" + document + "/handling")));
    List<JsonObject> lines = form2.getJsonArray("assignments").getValuesAs(JsonObject.class);
    assertThat(lines)
        .extracting(a -> a.getString("role"))
        .containsExactlyInAnyOrder("LEAD", "COOPERATE", "LEAD");
    assertThat(lines)
        .filteredOn(a -> a.containsKey("parentId"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.getString("assigneeUser")).isEqualTo("chuyenvien");
              assertThat(a.getString("instruction")).isEqualTo("Đ/c Chuyên thẩm tra hồ sơ");
            });
  }

  private void signIn(String username, String fullName) {
    chromium.signIn(base, username, fullName);
  }

  private void signOut() {
    browser.findElement(By.id("sign-out")).click();
    chromium.wait.until(ExpectedConditions.urlContains("login.html"));
  }

  /** Opens the user's work page from the menu and the document from its "waiting for you" list. */
  private void openFromQueue(String menuItem, String subject) {
    browser.findElement(By.cssSelector("[data-nav=" + menuItem + "]")).click();
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("awaiting"), subject));
    browser.findElement(By.id("awaiting")).findElement(By.linkText(subject)).click();
    chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("workflow-history")));
  }

  private void waitForStatus(String status) {
    chromium.wait.until(ExpectedConditions.textToBe(By.cssSelector("h1 .badge"), status));
  }
}
