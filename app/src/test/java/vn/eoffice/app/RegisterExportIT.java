package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.IncomingDocumentBuilder.anIncomingDocument;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegisterExportIT {

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void exportsTheIncomingRegisterAsAWorkbookWithTheDecreesColumnsAndTheRegistersLines()
      throws Exception {
    ApiClient clerk = ApiClient.signedIn(base.toURI(), "vanthu", ApiClient.DEMO_PASSWORD);
    JsonObject first = register(clerk, "Báo cáo tình hình thu ngân sách quý IV", "Sở Tài chính");
    JsonObject second = register(clerk, "Giấy mời dự hội nghị tổng kết", "Huyện ủy Mẫu");
    long registerId = Registers.incoming(clerk).getJsonNumber("id").longValue();
    String today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    // The leader hands the second to Địa chính, an officer cooperating: columns (7) and (8).
    ApiClient leader = ApiClient.signedIn(base.toURI(), "lanhdao", ApiClient.DEMO_PASSWORD);
    long secondId = second.getJsonNumber("id").longValue();
    Workflows.expect(
        200,
        clerk.post(
            "api/incoming-documents/" + secondId + "/presentation", "{\"leader\":\"lanhdao\"}"));
    Workflows.expect(
        200,
        leader.post(
            "api/incoming-documents/" + secondId + "/instruction",
            "{\"lead\":{\"unitId\":%d},\"cooperators\":[{\"username\":\"chuyenvien2\"}]}"
                .formatted(Workflows.unit(clerk, "ĐC"))));

    ApiClient.Download export =
        clerk.download(
            "api/registers/%d/export?format=xlsx&from=%s&to=%s"
                .formatted(registerId, today, today));

    assertThat(export.status()).isEqualTo(200);
    assertThat(export.header("Content-Disposition")).contains("so-van-ban-den-");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(text(sheet.getRow(1))).containsExactly("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN");
      assertThat(text(sheet.getRow(4)))
          .containsExactly(
              "Ngày đến",
              "Số đến",
              "Tác giả",
              "Số, ký hiệu văn bản",
              "Ngày tháng văn bản",
              "Tên loại và trích yếu nội dung văn bản",
              "Đơn vị hoặc người nhận",
              "Ngày chuyển",
              "Ký nhận",
              "Ghi chú");
      List<List<String>> lines = new ArrayList<>();
      for (int r = 6; r <= sheet.getLastRowNum(); r++) {
        lines.add(text(sheet.getRow(r)));
      }
      assertThat(lines)
          .anySatisfy(
              line ->
                  assertThat(line)
                      .containsSubsequence(
                          String.valueOf(first.getInt("number")),
                          "Sở Tài chính",
                          first.getString("notation")))
          .anySatisfy(
              line -> {
                assertThat(line.get(5)).isEqualTo("Công văn: Giấy mời dự hội nghị tổng kết");
                assertThat(line.get(6)).isEqualTo("Địa chính; Đỗ Văn Hòa");
                assertThat(line.get(7))
                    .isEqualTo(
                        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                            .format(LocalDate.parse(today)));
              });
      assertThat(lines.stream().map(l -> Integer.parseInt(l.get(1))).toList()).isSorted();
    }
    assertThat(second.getInt("number")).isEqualTo(first.getInt("number") + 1);
  }

  @Test
  void exportsTheRegisterAsAWordTableToo() throws Exception {
    ApiClient clerk = ApiClient.signedIn(base.toURI(), "vanthu", ApiClient.DEMO_PASSWORD);
    JsonObject document = register(clerk, "Tờ trình phê duyệt dự toán", "Phòng Tài chính");
    long registerId = Registers.incoming(clerk).getJsonNumber("id").longValue();

    ApiClient.Download export =
        clerk.download("api/registers/%d/export?format=docx".formatted(registerId));

    assertThat(export.status()).isEqualTo(200);
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(export.body()))) {
      XWPFTable table = word.getTables().get(0);
      assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("Số đến");
      assertThat(table.getText())
          .contains(document.getString("notation"))
          .contains("Phòng Tài chính");
    }
  }

  @Test
  void refusesAnUnknownFormatAndABackwardsRange() throws Exception {
    ApiClient clerk = ApiClient.signedIn(base.toURI(), "vanthu", ApiClient.DEMO_PASSWORD);
    long registerId = Registers.incoming(clerk).getJsonNumber("id").longValue();

    ApiClient.Answer pdf = clerk.get("api/registers/%d/export?format=pdf".formatted(registerId));
    ApiClient.Answer backwards =
        clerk.get("api/registers/%d/entries?from=2026-03-01&to=2026-02-01".formatted(registerId));

    assertThat(pdf.status()).isEqualTo(400);
    assertThat(pdf.body()).contains("\"field\":\"format\"");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.body()).contains("\"rule\":\"DateRange\"");
  }

  private static JsonObject register(ApiClient clerk, String subject, String issuer) {
    ApiClient.Answer answer =
        clerk.post(
            "api/incoming-documents", anIncomingDocument().about(subject).from(issuer).json());
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return JsonBodies.object(answer.body());
  }

  private static List<String> text(Row row) {
    List<String> cells = new ArrayList<>();
    row.forEach(cell -> cells.add(cell.getStringCellValue()));
    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    return cells;
  }
}
