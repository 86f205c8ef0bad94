package vn.eoffice.search.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The text of a document's file for the search index: PDF (PDFBox), DOCX and legacy DOC (Apache
 * POI), XLSX (every sheet, cell by cell as shown), always NFC. Images carry no text here (the
 * recognition of scans is e-Office's own).
 */
public final class TextExtraction {

  public static final String PDF = "application/pdf";
  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String DOC = "application/msword";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private TextExtraction() {}

  /** Whether files of this type carry text to extract (images do not). */
  public static boolean hasText(String mediaType) {
    return switch (mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT)) {
      case PDF, DOCX, DOC, XLSX -> true;
      default -> false;
    };
  }

  /**
   * The file's text, or an empty string for a kind of file without text.
   *
   * @throws UnreadableFileException when the file is not the kind it claims or is damaged
   */
  public static String text(byte[] content, String mediaType) {
    String raw;
    try {
      raw =
          switch (mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT)) {
            case PDF -> pdf(content);
            case DOCX -> docx(content);
            case DOC -> doc(content);
            case XLSX -> xlsx(content);
            default -> "";
          };
    } catch (IOException | RuntimeException e) {
      throw new UnreadableFileException(
          "the " + mediaType + " file cannot be read for its text: " + e.getMessage(), e);
    }
    return Normalizer.normalize(raw, Normalizer.Form.NFC);
  }

  private static String pdf(byte[] content) throws IOException {
    try (PDDocument document = Loader.loadPDF(content)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document);
    }
  }

  private static String docx(byte[] content) throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    }
  }

  private static String doc(byte[] content) throws IOException {
    try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(content));
        WordExtractor extractor = new WordExtractor(document)) {
      return extractor.getText();
    }
  }

  private static String xlsx(byte[] content) throws IOException {
    StringBuilder text = new StringBuilder();
    DataFormatter shown = new DataFormatter(Locale.forLanguageTag("vi-VN"));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      for (Sheet sheet : workbook) {
        text.append(sheet.getSheetName()).append('\n');
        for (Row row : sheet) {
          for (Cell cell : row) {
            String value = shown.formatCellValue(cell);
            if (!value.isBlank()) {
              text.append(value).append('\t');
            }
          }
          text.append('\n');
        }
      }
    }
    return text.toString();
  }
}
