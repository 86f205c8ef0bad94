package vn.eoffice.search.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TextExtractionTest {

  private static final Path ND30 = Path.of("..", "..", "shared", "reference", "nd30");
  private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");

  @Test
  void theDecreesDocxGivesItsVietnameseTextInNfc() throws Exception {
    String text =
        TextExtraction.text(
            Files.readAllBytes(ND30.resolve("30_2020_ND_CP.docx")), TextExtraction.DOCX);

    assertThat(text)
        .contains("Điều 22. Đăng ký văn bản đến")
        .contains("Số đến của văn bản được lấy liên tiếp");
    assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void aPdfGivesTheTextOfItsPages() throws Exception {
    byte[] pdf;
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDType0Font font = PDType0Font.load(document, FONT.toFile());
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(60, 760);
        content.showText("QUYẾT ĐỊNH về việc giao đất cho hộ ông Nguyễn Văn Bình");
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      pdf = out.toByteArray();
    }

    assertThat(TextExtraction.text(pdf, TextExtraction.PDF))
        .contains("QUYẾT ĐỊNH về việc giao đất cho hộ ông Nguyễn Văn Bình");
  }

  @Test
  void aWorkbookGivesEverySheetsCellsAsShown() throws Exception {
    byte[] xlsx;
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("Danh sách hộ");
      sheet.createRow(0).createCell(0).setCellValue("Nguyễn Thị Lan");
      sheet.getRow(0).createCell(1).setCellValue(250);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      xlsx = out.toByteArray();
    }

    assertThat(TextExtraction.text(xlsx, TextExtraction.XLSX))
        .contains("Danh sách hộ")
        .contains("Nguyễn Thị Lan")
        .contains("250");
  }

  @Test
  void imagesHaveNoTextAndDamagedFilesSaySo() {
    assertThat(TextExtraction.text(new byte[] {1, 2, 3}, "image/png")).isEmpty();
    assertThatThrownBy(() -> TextExtraction.text("not a pdf".getBytes(), TextExtraction.PDF))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("application/pdf");
    assertThatThrownBy(() -> TextExtraction.text(new byte[] {'P', 'K', 3, 4}, TextExtraction.DOCX))
        .isInstanceOf(UnreadableFileException.class);
  }
}
