package vn.eoffice.registers.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.eoffice.platform.control.Spreadsheets;

/**
 * Writes a register table as a landscape A4 workbook or Word document in Times New Roman, the
 * heading repeated on every printed page, ready to print and sign.
 */
public final class RegisterSheets {

  private static final String FONT = Spreadsheets.FONT;
  private static final int[] COLUMN_WIDTHS = {14, 10, 24, 18, 12, 48, 20, 12, 12, 16};

  private RegisterSheets() {}

  public static byte[] xlsx(RegisterTable table) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(table.title().length() > 31 ? "So" : table.title());
      CellStyle title = style(workbook, true, false, HorizontalAlignment.CENTER, 13);
      CellStyle header = style(workbook, true, true, HorizontalAlignment.CENTER, 12);
      CellStyle cell = style(workbook, false, true, HorizontalAlignment.LEFT, 12);
      int last = table.columns().size() - 1;
      int r = 0;
      for (String line : List.of(table.agencyName(), table.title(), table.period())) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(line);
        row.getCell(0).setCellStyle(title);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
        r++;
      }
      r++;
      int headerRow = r;
      Row columns = sheet.createRow(r++);
      Row numbers = sheet.createRow(r++);
      for (int c = 0; c <= last; c++) {
        columns.createCell(c).setCellValue(table.columns().get(c));
        columns.getCell(c).setCellStyle(header);
        numbers.createCell(c).setCellValue("(" + (c + 1) + ")");
        numbers.getCell(c).setCellStyle(header);
        sheet.setColumnWidth(c, COLUMN_WIDTHS[c % COLUMN_WIDTHS.length] * 256);
      }
      for (List<String> line : table.rows()) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c <= last; c++) {
          row.createCell(c).setCellValue(line.get(c));
          row.getCell(c).setCellStyle(cell);
        }
      }
      sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow + 1, 0, last));
      Spreadsheets.printOnA4Landscape(sheet);
      workbook.write(out);
      workbook.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] docx(RegisterTable table) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      landscape(document);
      paragraph(document, table.agencyName(), true, 13);
      paragraph(document, table.title(), true, 14);
      paragraph(document, table.period(), false, 13);
      int columns = table.columns().size();
      XWPFTable grid = document.createTable(table.rows().size() + 2, columns);
      grid.setWidth("100%");
      fill(grid.getRow(0), table.columns(), true);
      grid.getRow(0).setRepeatHeader(true);
      fill(
          grid.getRow(1),
          java.util.stream.IntStream.rangeClosed(1, columns).mapToObj(i -> "(" + i + ")").toList(),
          true);
      grid.getRow(1).setRepeatHeader(true);
      for (int i = 0; i < table.rows().size(); i++) {
        fill(grid.getRow(i + 2), table.rows().get(i), false);
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CellStyle style(
      SXSSFWorkbook workbook,
      boolean bold,
      boolean bordered,
      HorizontalAlignment alignment,
      int points) {
    return Spreadsheets.style(workbook, bold, bordered, alignment, VerticalAlignment.TOP, points);
  }

  private static void landscape(XWPFDocument document) {
    CTSectPr section = document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setOrient(STPageOrientation.LANDSCAPE);
    size.setW(BigInteger.valueOf(16838)); // A4, in twentieths of a point
    size.setH(BigInteger.valueOf(11906));
  }

  private static void paragraph(XWPFDocument document, String text, boolean bold, int points) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    run(paragraph, text, bold, points);
  }

  private static void fill(XWPFTableRow row, List<String> values, boolean bold) {
    for (int c = 0; c < values.size(); c++) {
      XWPFParagraph paragraph = row.getCell(c).getParagraphs().get(0);
      if (bold) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
      }
      run(paragraph, values.get(c), bold, 12);
    }
  }

  private static void run(XWPFParagraph paragraph, String text, boolean bold, int points) {
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(points);
    run.setBold(bold);
    run.setText(text);
  }
}
