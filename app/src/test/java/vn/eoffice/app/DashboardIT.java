package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.app.IncomingDocumentBuilder.anIncomingDocument;
import static vn.eoffice.app.Workflows.expect;
import static vn.eoffice.app.Workflows.id;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard against a seeded year. The documents and their handling are made through the API as
 * people would; the test then dates them into 2019 in the database (registration, assignment,
 * finish, deadline and issue times), so that every figure of that year is known in advance.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardIT {

  private static final int YEAR = 2019;
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /**
   * One incoming document of the seed: when it arrived, and for its lead line (to the test's unit,
   * or to a person of that unit) when it was assigned and finished, and its deadline.
   */
  private record Seed(
      String received, String lead, String assigned, String finished, String deadline) {}

  private static final List<Seed> SEED =
      List.of(
          // assigned 6 March, finished 15 March: 9 days, on time
          new Seed(
              "2019-03-05T09:00", "unit", "2019-03-06T08:00", "2019-03-15T08:00", "2019-03-20"),
          // assigned 11 March, finished 2 April: 22 days, late
          new Seed(
              "2019-03-10T09:00", "unit", "2019-03-11T08:00", "2019-04-02T08:00", "2019-03-20"),
          // to a person of the unit: 2 days, on time
          new Seed(
              "2019-04-01T07:30", "person", "2019-04-01T08:00", "2019-04-03T08:00", "2019-04-30"),
          // still open, deadline long past: overdue today
          new Seed("2019-04-20T09:00", "unit", "2019-04-21T08:00", null, "2019-05-05"),
          // no deadline: 4 days, outside the on-time rate
          new Seed("2019-05-02T07:00", "unit", "2019-05-02T08:00", "2019-05-06T08:00", null),
          // 23:30 on New Year's Eve in Vietnam (16:30 UTC): December; not assigned
          new Seed("2019-12-31T23:30", null, null, null, null));

  /** Issue times of the unit's two outgoing documents. */
  private static final List<String> ISSUED = List.of("2019-02-14T10:00", "2019-04-09T10:00");

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void theDashboardAndItsWorkbookShowTheSeededYear() throws Exception {
    ApiClient admin = signIn("quantri", ApiClient.DEMO_PASSWORD);
    ApiClient clerk = signIn("vanthu", ApiClient.DEMO_PASSWORD);
    ApiClient chairman = signIn("lanhdao", ApiClient.DEMO_PASSWORD);
    long nonce = System.nanoTime() % 1_000_000;
    String unitName = "Tổ thống kê " + nonce;
    long unit =
        id(
            expect(
                201,
                admin.post(
                    "api/units",
                    "{\"name\":\"%s\",\"abbreviation\":\"TK%d\"}".formatted(unitName, nonce))));
    String headName = "totruong" + nonce;
    String officerName = "thongke" + nonce;
    createUser(admin, headName, "Tổ trưởng", "LEADER", unit);
    createUser(admin, officerName, "Thống kê viên", "OFFICER", unit);
    ApiClient head = signIn(headName, "mat-khau-ban-dau");
    ApiClient officer = signIn(officerName, "mat-khau-ban-dau");
    JsonObject agencyBefore = dashboard(chairman, null);

    List<Long> documents = new ArrayList<>();
    for (Seed seed : SEED) {
      long document =
          id(
              expect(
                  201,
                  clerk.post(
                      "api/incoming-documents",
                      anIncomingDocument()
                          .about("Văn bản mẫu thống kê " + seed.received())
                          .datedOn(LocalDate.parse(seed.received().substring(0, 10)).minusDays(1))
                          .receivedAt(
                              OffsetDateTime.of(
                                  at(seed.received()),
                                  VIETNAM.getRules().getOffset(at(seed.received()))))
                          .json())));
      documents.add(document);
      if (seed.lead() == null) {
        continue;
      }
      expect(
          200,
          clerk.post(
              "api/incoming-documents/" + document + "/presentation", "{\"leader\":\"lanhdao\"}"));
      String lead =
          seed.lead().equals("unit")
              ? "{\"unitId\":%d}".formatted(unit)
              : "{\"username\":\"%s\"}".formatted(officerName);
      expect(
          200,
          chairman.post(
              "api/incoming-documents/" + document + "/instruction",
              "{\"instruction\":\"Giải quyết theo quy định\",\"lead\":%s,\"deadline\":\"%s\"}"
                  .formatted(lead, LocalDate.now(VIETNAM).plusDays(10))));
      long line = leadLine(document);
      if (seed.finished() != null) {
        ApiClient handler = seed.lead().equals("unit") ? head : officer;
        expect(
            200,
            handler.post(
                "api/assignments/" + line + "/result",
                "{\"kind\":\"ARCHIVED\",\"note\":\"Lưu hồ sơ\"}"));
      }
      dateLine(line, seed);
    }
    for (int i = 0; i < ISSUED.size(); i++) {
      // One draft names the unit; the other is only drafted by its officer.
      long draft =
          id(
              expect(
                  201,
                  officer.post(
                      "api/outgoing-documents",
                      "{\"typeId\":%d,\"subject\":\"Báo cáo thống kê %d\",\"uploadIds\":[%d]%s}"
                          .formatted(
                              IncomingDocumentBuilder.DECISION,
                              i,
                              Workflows.upload(officer, "Bao cao " + i),
                              i == 0 ? ",\"draftingUnitId\":" + unit : ""))));
      expect(
          200,
          officer.post("api/outgoing-documents/" + draft + "/submission", "{\"to\":\"lanhdao\"}"));
      expect(200, chairman.post("api/outgoing-documents/" + draft + "/approval", "{}"));
      expect(200, clerk.post("api/outgoing-documents/" + draft + "/issue", "{}"));
      dateIssue(draft, ISSUED.get(i));
    }

    JsonObject unitDashboard = dashboard(chairman, unit);
    assertThat(unitDashboard.getString("scopeName")).isEqualTo(unitName);
    assertThat(unitDashboard.getInt("year")).isEqualTo(YEAR);
    // received, issued, handled, on time, late, on-time %, average days, open, overdue
    assertThat(month(unitDashboard, 1)).isEqualTo("0 0 0 0 0 - - 0 0");
    assertThat(month(unitDashboard, 2)).isEqualTo("0 1 0 0 0 - - 0 0");
    assertThat(month(unitDashboard, 3)).isEqualTo("2 0 1 1 0 100.0 9.0 0 0");
    assertThat(month(unitDashboard, 4)).isEqualTo("2 1 2 1 1 50.0 12.0 0 0");
    assertThat(month(unitDashboard, 5)).isEqualTo("1 0 1 0 0 - 4.0 0 0");
    assertThat(month(unitDashboard, 12)).isEqualTo("0 0 0 0 0 - - 0 0");
    // (9 + 22 + 2 + 4) / 4 = 9.25 days; 2 of 3 lines with a deadline on time.
    assertThat(figures(unitDashboard.getJsonObject("total"))).isEqualTo("5 2 4 2 1 66.7 9.3 1 1");
    assertThat(dashboard(head, unit)).isEqualTo(unitDashboard);

    JsonObject agency = dashboard(chairman, null);
    int[] receivedPerMonth = {0, 0, 2, 2, 1, 0, 0, 0, 0, 0, 0, 1};
    int[] issuedPerMonth = {0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0};
    int[] handledPerMonth = {0, 0, 1, 2, 1, 0, 0, 0, 0, 0, 0, 0};
    for (int m = 1; m <= 12; m++) {
      JsonObject now = monthFigures(agency, m);
      JsonObject before = monthFigures(agencyBefore, m);
      assertThat(now.getInt("received") - before.getInt("received"))
          .as("received in month %d", m)
          .isEqualTo(receivedPerMonth[m - 1]);
      assertThat(now.getInt("issued") - before.getInt("issued"))
          .as("issued in month %d", m)
          .isEqualTo(issuedPerMonth[m - 1]);
      assertThat(now.getInt("handled") - before.getInt("handled"))
          .as("handled in month %d", m)
          .isEqualTo(handledPerMonth[m - 1]);
    }
    JsonObject unitRow =
        agency.getJsonArray("units").getValuesAs(JsonObject.class).stream()
            .filter(u -> u.getJsonNumber("unitId").longValue() == unit)
            .findFirst()
            .orElseThrow();
    assertThat(unitRow.getString("unitName")).isEqualTo(unitName);
    assertThat(unitRow.getJsonObject("figures")).isEqualTo(unitDashboard.getJsonObject("total"));

    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(chairman, unit)))) {
      Sheet months = workbook.getSheet("Theo tháng");
      assertThat(months.getRow(0).getCell(0).getStringCellValue()).startsWith(unitName);
      assertThat(months.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("BÁO CÁO TÌNH HÌNH TIẾP NHẬN, GIẢI QUYẾT VÀ BAN HÀNH VĂN BẢN NĂM 2019");
      assertThat(cells(months.getRow(4)))
          .containsExactly(
              "Tháng",
              "Văn bản đến",
              "Văn bản đi",
              "Đã giải quyết",
              "Đúng hạn",
              "Trễ hạn",
              "Tỷ lệ đúng hạn (%)",
              "Thời gian giải quyết trung bình (ngày)");
      assertThat(cells(months.getRow(7)))
          .containsExactly("Tháng 3", "2", "0", "1", "1", "0", "100.0", "9.0");
      assertThat(cells(months.getRow(8)))
          .containsExactly("Tháng 4", "2", "1", "2", "1", "1", "50.0", "12.0");
      assertThat(cells(months.getRow(9)))
          .containsExactly("Tháng 5", "1", "0", "1", "0", "0", "", "4.0");
      assertThat(cells(months.getRow(17)))
          .containsExactly("Cả năm", "5", "2", "4", "2", "1", "66.7", "9.3");
      assertThat(months.getRow(7).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(workbook.getSheet("Theo đơn vị")).isNull();
    }
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(chairman, null)))) {
      Sheet units = workbook.getSheet("Theo đơn vị");
      Row row = null;
      for (Row candidate : units) {
        if (unitName.equals(cells(candidate).get(0))) {
          row = candidate;
        }
      }
      assertThat(row).as("the unit's row").isNotNull();
      assertThat(cells(row))
          .containsExactly(unitName, "5", "2", "4", "2", "1", "66.7", "9.3", "1", "1");
    }
  }

  @Test
  void eachUserSeesOnlyTheScopeTheirRoleAllows() throws Exception {
    ApiClient clerk = signIn("vanthu", ApiClient.DEMO_PASSWORD);
    ApiClient headOfCadastre = signIn("truongdc", ApiClient.DEMO_PASSWORD);
    ApiClient officer = signIn("chuyenvien", ApiClient.DEMO_PASSWORD);
    long cadastre = Workflows.unit(clerk, "ĐC");
    long culture = Workflows.unit(clerk, "VHXH");

    assertThat(clerk.get("api/dashboard").status()).isEqualTo(200);
    assertThat(clerk.get("api/dashboard?unitId=" + culture).status()).isEqualTo(200);
    assertThat(headOfCadastre.get("api/dashboard?unitId=" + cadastre).status()).isEqualTo(200);
    ApiClient.Answer agency = headOfCadastre.get("api/dashboard");
    assertThat(agency.status()).isEqualTo(403);
    assertThat(agency.contentType()).startsWith("application/problem+json");
    assertThat(JsonBodies.object(agency.body()).getString("detail"))
        .isEqualTo(
            "The whole agency's figures are for the agency's leaders and clerks; a unit's"
                + " figures also for that unit's leaders.");
    assertThat(headOfCadastre.get("api/dashboard?unitId=" + culture).status()).isEqualTo(403);
    assertThat(headOfCadastre.get("api/dashboard/export?unitId=" + culture).status())
        .isEqualTo(403);
    assertThat(officer.get("api/dashboard?unitId=" + cadastre).status()).isEqualTo(403);
    assertThat(officer.get("api/dashboard/export").status()).isEqualTo(403);

    ApiClient.Answer early = clerk.get("api/dashboard?year=1999");
    assertThat(early.status()).isEqualTo(400);
    assertThat(early.body()).contains("\"field\":\"year\"").contains("\"rule\":\"Range\"");
    ApiClient.Answer notANumber = clerk.get("api/dashboard?year=hai-nghin&unitId=x");
    assertThat(notANumber.status()).isEqualTo(400);
    assertThat(notANumber.body()).contains("\"field\":\"year\"").contains("\"field\":\"unitId\"");
    assertThat(clerk.get("api/dashboard?unitId=987654321").status()).isEqualTo(404);
    assertThat(new ApiClient(base.toURI()).get("api/dashboard").status()).isEqualTo(401);
  }

  private ApiClient signIn(String username, String password) throws Exception {
    return ApiClient.signedIn(base.toURI(), username, password);
  }

  private static void createUser(
      ApiClient admin, String username, String position, String role, long unit) {
    expect(
        201,
        admin.post(
            "api/users",
            """
            {"username":"%s","fullName":"%s %s","positionTitle":"%s",
             "password":"mat-khau-ban-dau","roles":["%s"],"unitIds":[%d]}"""
                .formatted(username, position, username, position, role, unit)));
  }

  private static JsonObject dashboard(ApiClient client, Long unit) {
    return JsonBodies.object(
        expect(
            200,
            client.get("api/dashboard?year=" + YEAR + (unit == null ? "" : "&unitId=" + unit))));
  }

  private static byte[] export(ApiClient client, Long unit) {
    ApiClient.Download file =
        client.download(
            "api/dashboard/export?year=" + YEAR + (unit == null ? "" : "&unitId=" + unit));
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.header("Content-Type"))
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(file.header("Content-Disposition"))
        .startsWith("attachment;")
        .contains("bao-cao-xu-ly-van-ban-2019-");
    return file.body();
  }

  private static JsonObject monthFigures(JsonObject dashboard, int month) {
    JsonObject entry = dashboard.getJsonArray("months").getJsonObject(month - 1);
    assertThat(entry.getInt("month")).isEqualTo(month);
    return entry.getJsonObject("figures");
  }

  private static String month(JsonObject dashboard, int month) {
    return figures(monthFigures(dashboard, month));
  }

  /** The figures in column order; a rate or average that is absent shows as "-". */
  private static String figures(JsonObject f) {
    List<String> values = new ArrayList<>();
    for (String key :
        List.of(
            "received",
            "issued",
            "handled",
            "handledOnTime",
            "handledLate",
            "onTimePercent",
            "averageHandlingDays",
            "open",
            "overdue")) {
      values.add(f.containsKey(key) ? ((JsonNumber) f.get(key)).toString() : "-");
    }
    return String.join(" ", values);
  }

  private static List<String> cells(Row row) {
    List<String> values = new ArrayList<>();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      Cell cell = row.getCell(c);
      values.add(
          cell == null
              ? ""
              : switch (cell.getCellType()) {
                case NUMERIC -> {
                  double v = cell.getNumericCellValue();
                  yield cell.getCellStyle().getDataFormatString().equals("0")
                      ? String.valueOf((long) v)
                      : String.valueOf(v);
                }
                case STRING -> cell.getStringCellValue();
                default -> "";
              });
    }
    return values;
  }

  private static LocalDateTime at(String localDateTime) {
    return LocalDateTime.parse(localDateTime);
  }

  private static Timestamp instant(String localDateTime) {
    return localDateTime == null
        ? null
        : Timestamp.from(at(localDateTime).atZone(VIETNAM).toInstant());
  }

  private static long leadLine(long document) throws Exception {
    try (Connection db = TestDatabase.connect();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT id FROM assignment WHERE document_id = ? AND parent_id IS NULL"
                    + " AND handling_role = 'LEAD'")) {
      query.setLong(1, document);
      try (ResultSet rows = query.executeQuery()) {
        assertThat(rows.next()).isTrue();
        return rows.getLong(1);
      }
    }
  }

  private static void dateLine(long line, Seed seed) throws Exception {
    try (Connection db = TestDatabase.connect();
        PreparedStatement statement =
            db.prepareStatement(
                "UPDATE assignment SET assigned_at = ?, finished_at = ?, deadline = ?"
                    + " WHERE id = ?")) {
      statement.setTimestamp(1, instant(seed.assigned()));
      statement.setTimestamp(2, instant(seed.finished()));
      statement.setDate(3, seed.deadline() == null ? null : Date.valueOf(seed.deadline()));
      statement.setLong(4, line);
      assertThat(statement.executeUpdate()).isEqualTo(1);
    }
  }

  private static void dateIssue(long document, String issuedAt) throws Exception {
    try (Connection db = TestDatabase.connect();
        PreparedStatement statement =
            db.prepareStatement("UPDATE document SET issued_at = ? WHERE id = ?")) {
      statement.setTimestamp(1, instant(issuedAt));
      statement.setLong(2, document);
      assertThat(statement.executeUpdate()).isEqualTo(1);
    }
  }
}
