package vn.eoffice.search.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.eoffice.search.index.DocumentIndex;
import vn.eoffice.search.index.IndexedDocument;
import vn.eoffice.search.index.SimilarDocument;
import vn.eoffice.search.text.TextExtraction;

/**
 * Near-duplicates by content: the decree's PDF rendering (another layout, same text) is found as
 * the DOCX registered before; its appendices, of the same subject and vocabulary, are not.
 */
class FingerprintTest {

  static final Path ND30 = Path.of("..", "..", "shared", "reference", "nd30");

  @Test
  void aRenderingOfTheSameTextIsAlmostTheSameAndAnotherTextIsNot() throws Exception {
    byte[] docx = Files.readAllBytes(Renderings.DECREE);
    String source = TextExtraction.text(docx, TextExtraction.DOCX);
    String scanLike = TextExtraction.text(Renderings.decreePdf(), TextExtraction.PDF);
    String appendix = text("phu-luc-1.docx");

    Fingerprint original = Fingerprint.of(source);

    assertThat(original.similarity(Fingerprint.of(scanLike))).isGreaterThan(0.9);
    assertThat(original.similarity(Fingerprint.of(appendix))).isLessThan(0.2);
    assertThat(Fingerprint.fromBytes(original.toBytes()).similarity(original)).isEqualTo(1.0);
    assertThat(Fingerprint.of("Kính gửi Ủy ban nhân dân xã")).isNull();
  }

  @Test
  void theIndexOffersTheDocumentRegisteredBeforeAndOnlyToThoseWhoMayReadIt() throws Exception {
    byte[] docx = Files.readAllBytes(Renderings.DECREE);
    String scanLike = TextExtraction.text(Renderings.decreePdf(), TextExtraction.PDF);
    try (DocumentIndex index = DocumentIndex.inMemory()) {
      index.put(document(1, "30/2020/NĐ-CP", TextExtraction.text(docx, TextExtraction.DOCX)));
      for (int i = 1; i <= 6; i++) {
        index.put(document(1 + i, i + "/PL", text("phu-luc-" + i + ".docx")));
      }
      index.commit(0);
      index.awaitSearchable(index.remove(-1));

      List<SimilarDocument> found = index.similar(scanLike, Set.of("agency"), 0.7);
      List<SimilarDocument> forOutsider = index.similar(scanLike, Set.of("user:other"), 0.7);
      List<SimilarDocument> retitled =
          index.similar(text("phu-luc-2.docx").replace("Phụ lục", "Mẫu"), Set.of("agency"), 0.7);

      assertThat(found).extracting(SimilarDocument::id).containsExactly(1L);
      assertThat(found.get(0).similarity()).isGreaterThan(0.9);
      assertThat(forOutsider).isEmpty();
      assertThat(retitled).extracting(SimilarDocument::id).containsExactly(3L);
    }
  }

  static String text(String file) throws Exception {
    return TextExtraction.text(Files.readAllBytes(ND30.resolve(file)), TextExtraction.DOCX);
  }

  static IndexedDocument document(long id, String notation, String content) {
    return new IndexedDocument(
        id,
        "INCOMING",
        2026,
        "Sổ văn bản đến",
        (int) id,
        notation,
        LocalDate.of(2026, 1, 5),
        "Nghị định",
        "Văn bản " + notation,
        "Chính phủ",
        null,
        "REGISTERED",
        "NORMAL",
        "NORMAL",
        List.of(),
        content,
        Set.of("agency"));
  }

  @Test
  void wordsAreFoldedTheSameFromComposedAndDecomposedText() {
    String composed = "Quyết định số 15/QĐ-UBND, ngày 03/12/2026 của Chủ tịch UBND xã Đông Hòa";
    String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);

    assertThat(Fingerprint.words(composed))
        .containsExactly(
            "quyet", "dinh", "so", "15", "qd", "ubnd", "ngay", "03", "12", "2026", "cua", "chu",
            "tich", "ubnd", "xa", "dong", "hoa");
    assertThat(Fingerprint.words(decomposed)).isEqualTo(Fingerprint.words(composed));
  }

  @Test
  void theSignatureIsMadeOfTheWordsAsTheyAreFolded() {
    String text =
        ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Ủy ban nhân dân xã"
                + " Đông Hòa đề nghị các thôn, tổ dân phố rà soát, tổng hợp danh sách hộ gia đình"
                + " có nhu cầu hỗ trợ sửa chữa nhà ở, gửi về Văn phòng trước ngày 15/12/2026.")
            .repeat(2);
    String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
    String folded = String.join(" ", Fingerprint.words(text));

    Fingerprint signature = Fingerprint.of(text);
    assertThat(Fingerprint.of(decomposed).similarity(signature)).isEqualTo(1.0);
    assertThat(Fingerprint.of(folded).similarity(signature)).isEqualTo(1.0);
    assertThat(Fingerprint.of(text.toUpperCase(java.util.Locale.ROOT)).similarity(signature))
        .isEqualTo(1.0);
    assertThat(Fingerprint.of(text.replace("Đông Hòa", "Tây Hòa")).similarity(signature))
        .isLessThan(1.0);
  }
}
