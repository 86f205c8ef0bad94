package vn.eoffice.search.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.eoffice.platform.control.Spreadsheets;
import vn.eoffice.search.index.SearchResult;

/** A list of search results as a workbook to print (Phụ lục VI asks for the export). */
public final class SearchResultSheet {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
  private static final String[] HEADINGS = {
    "STT",
    "Số, ký hiệu",
    "Ngày văn bản",
    "Loại văn bản",
    "Trích yếu nội dung",
    "Cơ quan ban hành",
    "Văn bản đến/đi",
    "Trạng thái"
  };
  private static final int[] WIDTHS = {6, 18, 13, 16, 60, 28, 14, 20};
  private static final Map<String, String> DIRECTIONS = Map.of("INCOMING", "Đến", "OUTGOING", "Đi");
  private static final Map<String, String> STATUSES =
      Map.ofEntries(
          Map.entry("REGISTERED", "Đã vào sổ"),
          Map.entry("PRESENTED", "Đã trình lãnh đạo"),
          Map.entry("IN_HANDLING", "Đang xử lý"),
          Map.entry("HANDLED", "Đã xử lý xong"),
          Map.entry("DRAFT", "Dự thảo"),
          Map.entry("IN_REVIEW", "Đang kiểm tra"),
          Map.entry("IN_APPROVAL", "Chờ duyệt ký"),
          Map.entry("RETURNED", "Bị trả lại"),
          Map.entry("APPROVED", "Đã duyệt"),
          Map.entry("SIGNED", "Đã ký số"),
          Map.entry("ISSUED", "Đã phát hành"));

  private SearchResultSheet() {}

  /**
   * @param agency the agency's name for the heading
   * @param query what was searched, as typed
   * @param total how many documents matched (the list may hold fewer)
   */
  public static byte[] workbook(
      String agency, String query, long total, List<SearchResult.Hit> hits, LocalDateTime at) {
    // Rows go to a temporary file as they are written (a window of 200 in memory), so that a long
    // list costs the heap what a page does.
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try {
      Sheet sheet = workbook.createSheet("Kết quả tra cứu");
      CellStyle title =
          Spreadsheets.style(
              workbook, true, false, HorizontalAlignment.CENTER, VerticalAlignment.CENTER, 14);
      CellStyle plain =
          Spreadsheets.style(
              workbook, false, false, HorizontalAlignment.LEFT, VerticalAlignment.TOP, 12);
      CellStyle heading =
          Spreadsheets.style(
              workbook, true, true, HorizontalAlignment.CENTER, VerticalAlignment.CENTER, 12);
      CellStyle cell =
          Spreadsheets.style(
              workbook, false, true, HorizontalAlignment.LEFT, VerticalAlignment.TOP, 12);
      CellStyle centred =
          Spreadsheets.style(
              workbook, false, true, HorizontalAlignment.CENTER, VerticalAlignment.TOP, 12);
      int r = 0;
      line(sheet, r++, agency.toUpperCase(java.util.Locale.forLanguageTag("vi")), title);
      line(sheet, r++, "KẾT QUẢ TRA CỨU VĂN BẢN", title);
      line(
          sheet,
          r++,
          "Nội dung tìm kiếm: " + (query == null || query.isBlank() ? "(tất cả)" : query),
          plain);
      line(
          sheet,
          r++,
          "Số văn bản tìm thấy: "
              + total
              + (total > hits.size() ? " (danh sách ghi " + hits.size() + " văn bản đầu)" : "")
              + "; xuất lúc "
              + MOMENT.format(at),
          plain);
      r++;
      Row head = sheet.createRow(r++);
      for (int c = 0; c < HEADINGS.length; c++) {
        head.createCell(c).setCellValue(HEADINGS[c]);
        head.getCell(c).setCellStyle(heading);
        sheet.setColumnWidth(c, WIDTHS[c] * 256);
      }
      int number = 1;
      for (SearchResult.Hit hit : hits) {
        Row row = sheet.createRow(r++);
        String[] values = {
          Integer.toString(number++),
          hit.notation() == null ? "" : hit.notation(),
          hit.date() == null ? "" : DAY.format(hit.date()),
          nullToEmpty(hit.type()),
          nullToEmpty(hit.subject()),
          nullToEmpty(hit.issuer()),
          DIRECTIONS.getOrDefault(hit.direction(), nullToEmpty(hit.direction())),
          STATUSES.getOrDefault(hit.status(), nullToEmpty(hit.status()))
        };
        for (int c = 0; c < values.length; c++) {
          row.createCell(c).setCellValue(values[c]);
          row.getCell(c).setCellStyle(c == 0 || c == 2 ? centred : cell);
        }
      }
      sheet.createFreezePane(0, 6);
      Spreadsheets.printOnA4Landscape(sheet);
      sheet.setRepeatingRows(new CellRangeAddress(5, 5, 0, HEADINGS.length - 1));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
    }
  }

  private static void line(Sheet sheet, int r, String text, CellStyle style) {
    Row row = sheet.createRow(r);
    row.createCell(0).setCellValue(text);
    row.getCell(0).setCellStyle(style);
    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, HEADINGS.length - 1));
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
