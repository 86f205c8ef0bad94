package vn.eoffice.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void keepsOnlyTheLastPartOfAPath() {
    assertThat(FileNames.safe("../../etc/passwd", "x")).isEqualTo("passwd");
    assertThat(FileNames.safe("C:\\Users\\vanthu\\Quyết định.pdf", "x"))
        .isEqualTo("Quyết định.pdf");
  }

  @Test
  void replacesControlAndReservedCharacters() {
    assertThat(FileNames.safe("Báo\u0007cáo:\"quý\"?.docx", "x")).isEqualTo("Báo_cáo__quý__.docx");
  }

  @Test
  void normalisesVietnameseToComposedForm() {
    String decomposed = "Quye\u0302\u0301t \u0111i\u0323nh.pdf";
    assertThat(FileNames.safe(decomposed, "x")).isEqualTo("Quyết định.pdf");
  }

  @Test
  void hiddenOrEmptyNamesFallBack() {
    assertThat(FileNames.safe("...", "tep.pdf")).isEqualTo("tep.pdf");
    assertThat(FileNames.safe(null, "tep.pdf")).isEqualTo("tep.pdf");
    assertThat(FileNames.safe(".htaccess", "x")).isEqualTo("htaccess");
  }

  @Test
  void longNamesKeepTheirEnding() {
    String name = FileNames.safe("a".repeat(300) + ".pdf", "x");
    assertThat(name).hasSize(200).endsWith(".pdf");
  }

  @Test
  void asciiFormDropsDiacritics() {
    assertThat(FileNames.ascii("Công văn số 12 Đà Nẵng.pdf"))
        .isEqualTo("Cong van so 12 Da Nang.pdf");
  }
}
