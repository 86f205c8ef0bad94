package vn.eoffice.search.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.eoffice.search.compare.Comparison.Change;
import vn.eoffice.search.compare.Comparison.Kind;
import vn.eoffice.search.text.TextExtraction;

/** Decree 30's DOCX against PDF renderings of itself, as it is and with five edits. */
class TextComparisonTest {

  static byte[] docx;
  static byte[] pdf;

  @BeforeAll
  static void render() throws Exception {
    docx = Files.readAllBytes(Renderings.DECREE);
    pdf = Renderings.decreePdf();
  }

  @Test
  void theDocxAndItsOwnPdfHaveTheSameText() {
    ReadingText source = ReadingText.of(docx, TextExtraction.DOCX);
    ReadingText rendered = ReadingText.of(pdf, TextExtraction.PDF);

    Comparison comparison = TextComparison.compare(source, rendered);

    assertThat(comparison.changes()).isEmpty();
    assertThat(comparison.wordsBefore()).isGreaterThan(8000).isEqualTo(comparison.wordsAfter());
    assertThat(rendered.paragraphs().get(rendered.paragraphs().size() - 1).page()).isEqualTo(20);
  }

  @Test
  void fiveEditsAreReportedAsExactlyThoseFive() throws Exception {
    byte[] edited =
        edit(
            docx,
            List.of(
                new Edit("Phạm vi điều chỉnh", "điều chỉnh", "áp dụng"),
                new Edit("Tổ chức chính trị, tổ chức chính trị", "căn cứ", "dựa vào"),
                new Edit("là văn bản hình thành trong quá trình chỉ đạo", "chỉ đạo, ", ""),
                new Edit("Văn thư cơ quan có nhiệm vụ", "nhiệm vụ", "nhiệm vụ và quyền hạn"),
                new Edit("Nghị định này có hiệu lực", "có hiệu lực", "bắt đầu có hiệu lực")));

    Comparison comparison =
        TextComparison.compare(
            ReadingText.of(docx, TextExtraction.DOCX),
            ReadingText.of(Renderings.pdf(edited), TextExtraction.PDF));

    assertThat(comparison.changes())
        .extracting(Change::kind, Change::before, Change::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.CHANGED, "điều chỉnh", "áp dụng"),
            org.assertj.core.groups.Tuple.tuple(Kind.CHANGED, "căn cứ", "dựa vào"),
            org.assertj.core.groups.Tuple.tuple(Kind.DELETED, "chỉ đạo,", ""),
            org.assertj.core.groups.Tuple.tuple(Kind.INSERTED, "", "và quyền hạn"),
            org.assertj.core.groups.Tuple.tuple(Kind.INSERTED, "", "bắt đầu"));
    Change first = comparison.changes().get(0);
    assertThat(first.afterAt().page()).isEqualTo(1);
    assertThat(first.beforeAt().page()).isZero();
    assertThat(comparison.changes().get(4).afterAt().page()).isGreaterThan(15);
  }

  @Test
  void paragraphsCutDifferentlyRepeatedEditedOrAddedAreComparedWordByWord() {
    String a = "Văn bản hành chính được ban hành đúng thẩm quyền và “thể thức”.";
    String repeated = "Như trên.";
    String b = "Văn thư cơ quan đăng ký văn bản đến vào sổ trong ngày.";
    String c = "Người đứng đầu cơ quan chỉ đạo việc giải quyết văn bản đến.";
    String d = "Văn bản đến được chuyển cho người có trách nhiệm giải quyết.";
    String e = "Văn thư cơ quan lập hồ sơ và nộp lưu hồ sơ vào lưu trữ cơ quan.";
    ReadingText before =
        ReadingText.ofParagraphs(List.of(a, repeated, b, repeated, c + " " + d, e));
    ReadingText after =
        ReadingText.ofParagraphs(
            List.of(
                // in capitals with straight quotes: no change
                a.toUpperCase(java.util.Locale.ROOT).replace('“', '"').replace('”', '"'),
                repeated,
                b.replace("trong ngày", "ngay trong ngày"),
                repeated,
                // one paragraph cut in two: no change
                c,
                d,
                e,
                "Nghị định này có hiệu lực từ ngày ký."));

    Comparison comparison = TextComparison.compare(before, after);

    assertThat(comparison.changes())
        .extracting(Change::kind, Change::before, Change::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.INSERTED, "", "ngay"),
            org.assertj.core.groups.Tuple.tuple(
                Kind.INSERTED, "", "Nghị định này có hiệu lực từ ngày ký."));
    assertThat(comparison.changes().get(0).afterAt()).isEqualTo(new Comparison.Position(0, 3));
    assertThat(comparison.changes().get(1).afterAt().paragraph()).isEqualTo(8);
    // Side by side, the text around the changes is each file's own.
    assertThat(comparison.segments().get(0).after()).startsWith("VĂN BẢN HÀNH CHÍNH");
    assertThat(comparison.segments().get(0).before()).startsWith("Văn bản hành chính");
    assertThat(comparison.segments().get(comparison.segments().size() - 1).after())
        .isEqualTo("\nNghị định này có hiệu lực từ ngày ký.");
  }

  record Edit(String paragraphStart, String text, String replacement) {}

  /** The DOCX with, in the first paragraph starting with each edit's words, one run changed. */
  static byte[] edit(byte[] docx, List<Edit> edits) throws Exception {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      for (Edit edit : edits) {
        XWPFParagraph paragraph =
            document.getParagraphs().stream()
                .filter(p -> p.getText().strip().contains(edit.paragraphStart()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + edit.paragraphStart()));
        XWPFRun run =
            paragraph.getRuns().stream()
                .filter(r -> r.text().contains(edit.text()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no run with " + edit.text()));
        run.setText(
            run.text().replaceFirst(java.util.regex.Pattern.quote(edit.text()), edit.replacement()),
            0);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }
}
