package vn.eoffice.platform.control;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * What the workbooks we export share: Times New Roman, as Decree 30 sets for administrative
 * documents, thin borders on table cells, and A4 landscape printing one page wide.
 */
public final class Spreadsheets {

  public static final String FONT = "Times New Roman";

  private Spreadsheets() {}

  /** A cell style in Times New Roman of this size, text wrapped, bordered or not. */
  public static CellStyle style(
      Workbook workbook,
      boolean bold,
      boolean bordered,
      HorizontalAlignment alignment,
      VerticalAlignment vertical,
      int points) {
    Font font = workbook.createFont();
    font.setFontName(FONT);
    font.setBold(bold);
    font.setFontHeightInPoints((short) points);
    CellStyle style = workbook.createCellStyle();
    style.setFont(font);
    style.setAlignment(alignment);
    style.setVerticalAlignment(vertical);
    style.setWrapText(true);
    if (bordered) {
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
    }
    return style;
  }

  /** Prints on A4 landscape, the columns fitted to one page wide. */
  public static void printOnA4Landscape(Sheet sheet) {
    PrintSetup print = sheet.getPrintSetup();
    print.setLandscape(true);
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
  }
}
