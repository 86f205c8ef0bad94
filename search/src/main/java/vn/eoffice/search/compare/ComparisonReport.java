package vn.eoffice.search.compare;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.eoffice.search.compare.Comparison.Change;
import vn.eoffice.search.compare.Comparison.Position;

/**
 * The differences as a DOCX a clerk can attach to a return comment: which two files, how many
 * changes, and a table of them with where each stands, the text taken out struck through in red and
 * the text put in underlined in green. Times New Roman 13, as Decree 30 asks of documents.
 */
public final class ComparisonReport {

  private static final String FONT = "Times New Roman";

  private ComparisonReport() {}

  public static byte[] docx(Comparison comparison, String before, String after, Locale locale) {
    ResourceBundle labels = ResourceBundle.getBundle("vn.eoffice.search.compare.report", locale);
    try (XWPFDocument document = new XWPFDocument()) {
      XWPFParagraph title = document.createParagraph();
      title.setAlignment(ParagraphAlignment.CENTER);
      run(title, labels.getString("title"), 14).setBold(true);
      line(document, labels.getString("before") + ": " + before);
      line(document, labels.getString("after") + ": " + after);
      line(
          document,
          comparison.same()
              ? labels.getString("same")
              : MessageFormat.format(
                  labels.getString("summary"),
                  comparison.changes().size(),
                  comparison.wordsBefore(),
                  comparison.wordsAfter()));
      if (!comparison.same()) {
        XWPFTable table = document.createTable(1, 5);
        String[] headers = {"number", "kind", "position", "removed", "added"};
        for (int i = 0; i < headers.length; i++) {
          cell(table.getRow(0), i, labels.getString(headers[i])).setBold(true);
        }
        for (Change change : comparison.changes()) {
          XWPFTableRow row = table.createRow();
          cell(row, 0, String.valueOf(change.number()));
          cell(row, 1, labels.getString("kind." + change.kind()));
          cell(row, 2, where(change.beforeAt(), labels) + " → " + where(change.afterAt(), labels));
          XWPFRun removed = cell(row, 3, change.before());
          removed.setStrikeThrough(true);
          removed.setColor("C00000");
          XWPFRun added = cell(row, 4, change.after());
          added.setUnderline(UnderlinePatterns.SINGLE);
          added.setColor("00703C");
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the comparison report could not be written", e);
    }
  }

  private static String where(Position position, ResourceBundle labels) {
    String paragraph = MessageFormat.format(labels.getString("paragraph"), position.paragraph());
    return position.page() == 0
        ? paragraph
        : MessageFormat.format(labels.getString("page"), position.page()) + ", " + paragraph;
  }

  private static void line(XWPFDocument document, String text) {
    run(document.createParagraph(), text, 13);
  }

  private static XWPFRun cell(XWPFTableRow row, int column, String text) {
    XWPFParagraph paragraph = row.getCell(column).getParagraphs().get(0);
    return run(paragraph, text, 12);
  }

  private static XWPFRun run(XWPFParagraph paragraph, String text, int size) {
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setText(text);
    return run;
  }
}
