package vn.eoffice.reports.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.eoffice.platform.control.Spreadsheets;
import vn.eoffice.reports.boundary.Dashboard;
import vn.eoffice.reports.boundary.Dashboard.Figures;

/**
 * The dashboard as a workbook in Vietnamese, ready to print (Times New Roman, A4 landscape): sheet
 * "Theo tháng" with one row per month and the year's total, and for the agency sheet "Theo đơn vị"
 * with one row per unit. Figures are numeric cells, so that the report can be charted and summed in
 * a spreadsheet.
 */
public final class DashboardSheet {

  /** The headings of the month sheet, in column order. */
  public static final List<String> MONTH_COLUMNS =
      List.of(
          "Tháng",
          "Văn bản đến",
          "Văn bản đi",
          "Đã giải quyết",
          "Đúng hạn",
          "Trễ hạn",
          "Tỷ lệ đúng hạn (%)",
          "Thời gian giải quyết trung bình (ngày)");

  /** The headings of the unit sheet, in column order. */
  public static final List<String> UNIT_COLUMNS =
      List.of(
          "Đơn vị",
          "Được giao chủ trì",
          "Văn bản đi",
          "Đã giải quyết",
          "Đúng hạn",
          "Trễ hạn",
          "Tỷ lệ đúng hạn (%)",
          "Thời gian giải quyết trung bình (ngày)",
          "Đang giải quyết",
          "Quá hạn");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private DashboardSheet() {}

  public static byte[] xlsx(Dashboard dashboard, String agencyName) {
    try (Workbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook);
      String scope =
          dashboard.unitId() == null ? agencyName : dashboard.scopeName() + " - " + agencyName;
      Sheet months = workbook.createSheet("Theo tháng");
      int r = heading(months, styles, scope, dashboard, MONTH_COLUMNS.size());
      r = header(months, styles, r, MONTH_COLUMNS);
      for (Dashboard.Month month : dashboard.months()) {
        Row row = months.createRow(r++);
        text(row, 0, "Tháng " + month.month(), styles.cell);
        figures(row, 1, month.figures(), styles, false);
      }
      Row total = months.createRow(r++);
      text(total, 0, "Cả năm", styles.bold);
      figures(total, 1, dashboard.total(), styles, false);
      r++;
      Row state = months.createRow(r);
      text(
          state,
          0,
          "Ngày %s: %d văn bản đang giải quyết, trong đó %d quá hạn."
              .formatted(
                  dashboard.asOf().format(DATE),
                  dashboard.total().open(),
                  dashboard.total().overdue()),
          styles.plain);
      months.addMergedRegion(new CellRangeAddress(r, r, 0, MONTH_COLUMNS.size() - 1));
      layout(months, MONTH_COLUMNS.size());

      if (dashboard.unitId() == null) {
        Sheet units = workbook.createSheet("Theo đơn vị");
        int u = heading(units, styles, scope, dashboard, UNIT_COLUMNS.size());
        u = header(units, styles, u, UNIT_COLUMNS);
        for (Dashboard.UnitRow unit : dashboard.units()) {
          Row row = units.createRow(u++);
          text(row, 0, unit.unitName(), styles.cell);
          figures(row, 1, unit.figures(), styles, true);
        }
        layout(units, UNIT_COLUMNS.size());
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int heading(
      Sheet sheet, Styles styles, String scope, Dashboard dashboard, int columns) {
    List<String> lines = new ArrayList<>();
    lines.add(scope);
    lines.add(
        "BÁO CÁO TÌNH HÌNH TIẾP NHẬN, GIẢI QUYẾT VÀ BAN HÀNH VĂN BẢN NĂM " + dashboard.year());
    lines.add("(Số liệu đến ngày " + dashboard.asOf().format(DATE) + ")");
    int r = 0;
    for (String line : lines) {
      Row row = sheet.createRow(r);
      text(row, 0, line, styles.title);
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
      r++;
    }
    return r + 1;
  }

  private static int header(Sheet sheet, Styles styles, int r, List<String> columns) {
    Row row = sheet.createRow(r);
    row.setHeightInPoints(45);
    for (int c = 0; c < columns.size(); c++) {
      text(row, c, columns.get(c), styles.header);
    }
    sheet.setRepeatingRows(new CellRangeAddress(r, r, 0, columns.size() - 1));
    return r + 1;
  }

  private static void figures(Row row, int from, Figures f, Styles styles, boolean withOpen) {
    int c = from;
    number(row, c++, f.received(), styles.integer);
    number(row, c++, f.issued(), styles.integer);
    number(row, c++, f.handled(), styles.integer);
    number(row, c++, f.handledOnTime(), styles.integer);
    number(row, c++, f.handledLate(), styles.integer);
    decimal(row, c++, f.onTimePercent(), styles);
    decimal(row, c++, f.averageHandlingDays(), styles);
    if (withOpen) {
      number(row, c++, f.open(), styles.integer);
      number(row, c, f.overdue(), styles.integer);
    }
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static void number(Row row, int column, int value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  /** A rate or average; empty when there is none (nothing handled). */
  private static void decimal(Row row, int column, Double value, Styles styles) {
    Cell cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value);
    }
    cell.setCellStyle(styles.decimal);
  }

  private static void layout(Sheet sheet, int columns) {
    sheet.setColumnWidth(0, 28 * 256);
    for (int c = 1; c < columns; c++) {
      sheet.setColumnWidth(c, 14 * 256);
    }
    Spreadsheets.printOnA4Landscape(sheet);
  }

  /** The few cell styles of the report, all in Times New Roman. */
  private static final class Styles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle cell;
    final CellStyle bold;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle plain;

    Styles(Workbook workbook) {
      title = style(workbook, true, false, HorizontalAlignment.CENTER, 13);
      header = style(workbook, true, true, HorizontalAlignment.CENTER, 12);
      cell = style(workbook, false, true, HorizontalAlignment.LEFT, 12);
      bold = style(workbook, true, true, HorizontalAlignment.LEFT, 12);
      integer = style(workbook, false, true, HorizontalAlignment.RIGHT, 12);
      integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
      decimal = style(workbook, false, true, HorizontalAlignment.RIGHT, 12);
      decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
      plain = style(workbook, false, false, HorizontalAlignment.LEFT, 12);
    }

    private static CellStyle style(
        Workbook workbook, boolean bold, boolean bordered, HorizontalAlignment align, int size) {
      return Spreadsheets.style(workbook, bold, bordered, align, VerticalAlignment.CENTER, size);
    }
  }
}
