package vn.eoffice.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.eoffice.search.index.Documents.EVERYONE;
import static vn.eoffice.search.index.Documents.document;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentIndexTest {

  private DocumentIndex index;

  @BeforeEach
  void emptyIndex() {
    index = DocumentIndex.inMemory();
  }

  @AfterEach
  void close() {
    index.close();
  }

  private void put(Documents... documents) throws InterruptedException {
    long generation = 0;
    for (Documents d : documents) {
      generation = index.put(d.build());
    }
    index.awaitSearchable(generation);
  }

  private List<Long> ids(String query) {
    return ids(SearchRequest.of(query, EVERYONE));
  }

  private List<Long> ids(SearchRequest request) {
    return index.search(request).hits().stream().map(SearchResult.Hit::id).toList();
  }

  @Test
  void wordsTypedWithOrWithoutDiacriticsFindTheSameDocuments() throws Exception {
    put(
        document(1).subject("Quyết định ban hành quy chế làm việc của UBND xã"),
        document(2).subject("Kế hoạch tổ chức hội nghị tổng kết năm 2025"),
        document(3).content("Căn cứ quyết định số 12, ban hành kèm theo quy chế chi tiêu nội bộ"));

    assertThat(ids("quyết định ban hành quy chế")).containsExactly(1L, 3L);
    assertThat(ids("quyet dinh ban hanh quy che")).containsExactly(1L, 3L);
    assertThat(ids("QUYẾT ĐỊNH")).containsExactlyInAnyOrder(1L, 3L);
    assertThat(ids("hoi nghi tong ket")).containsExactly(2L);
  }

  @Test
  void aQuestionFindsTheDocumentThatAnswersItInOtherWords() throws Exception {
    put(
        document(1)
            .subject("Quy định thời hạn giải quyết đơn khiếu nại của công dân")
            .content("Thời hạn giải quyết khiếu nại lần đầu không quá 30 ngày kể từ ngày thụ lý."),
        document(2).subject("Kế hoạch tổ chức hội nghị tổng kết năm 2025"),
        document(3).subject("Lịch tiếp công dân định kỳ của Chủ tịch UBND xã"));

    // Most of the question's words are in no document: no share of them is demanded.
    String question =
        "Văn bản nào quy định người dân gửi đơn khiếu nại thì bao nhiêu ngày phải được trả lời?";
    assertThat(ids(question)).first().isEqualTo(1L);
    assertThat(index.search(SearchRequest.of(question, EVERYONE)).total())
        .as("counted as found")
        .isEqualTo(ids(question).size());
    assertThat(ids(DecreeRelevanceTest.withoutDiacritics(question))).first().isEqualTo(1L);
    // The function word is not demanded of the document.
    assertThat(ids("kế hoạch của")).containsExactly(2L);
    assertThat(ids("khiếu nại năm")).as("up to three keywords must all be found").isEmpty();
  }

  @Test
  void aNotationFindsExactlyTheDocumentThatBearsIt() throws Exception {
    put(
        document(1).notation("15/QĐ-UBND").subject("Quyết định khen thưởng"),
        document(2).notation("16/QĐ-UBND").subject("Quyết định khen thưởng"),
        document(3).notation("15/TB-UBND").subject("Thông báo lịch tiếp dân"),
        document(4).notation("150/QĐ-UBND").subject("Quyết định phân công"),
        document(5)
            .notation("01/KH-UBND")
            .content("Thực hiện Quyết định số 15/QĐ-UBND của UBND xã"));

    assertThat(ids("15/QĐ-UBND")).containsExactly(1L);
    assertThat(ids("15/QD-UBND")).as("typed without diacritics").containsExactly(1L);
    assertThat(ids("so:15/qđ-ubnd")).containsExactly(1L);
    assertThat(ids("khen thưởng 16/QĐ-UBND")).containsExactly(2L);
    assertThat(ids("-so:15/QĐ-UBND khen thưởng")).containsExactly(2L);
  }

  @Test
  void theDiacriticsTypedRankTheDocumentsThatHaveThemFirst() throws Exception {
    put(
        document(1).subject("Bàn giao hồ sơ địa chính"),
        document(2).subject("Bản đồ địa chính xã"),
        document(3).subject("Ban chỉ đạo chuyển đổi số"));

    assertThat(ids("bản")).first().isEqualTo(2L);
    assertThat(ids("bàn")).first().isEqualTo(1L);
    assertThat(ids("Ban")).first().isEqualTo(3L);
    assertThat(ids("ban")).as("without diacritics: all three").hasSize(3);
  }

  @Test
  void syllablesSideBySideRankAboveTheSameSyllablesApart() throws Exception {
    put(
        document(1).subject("Công tác số hóa tài liệu và chuyển giao hồ sơ, đổi mới lề lối"),
        document(2).subject("Kế hoạch chuyển đổi số năm 2026"));

    assertThat(ids("chuyển đổi số")).containsExactly(2L, 1L);
  }

  @Test
  void phrasesExclusionsAndFieldsNarrowTheSearch() throws Exception {
    put(
        document(1).subject("Kế hoạch chuyển đổi số năm 2026").issuer("UBND huyện Mẫu"),
        document(2).subject("Chuyển giao số liệu đổi mới").issuer("UBND huyện Mẫu"),
        document(3)
            .subject("Giấy mời họp triển khai chuyển đổi số")
            .issuer("Sở Thông tin và Truyền thông")
            .type("Giấy mời"),
        document(4)
            .outgoing()
            .subject("Báo cáo chuyển đổi số quý I")
            .signer("Trần Văn Đạo")
            .handledBy("Lê Thị Hoa"));

    assertThat(ids("\"chuyển đổi số\"")).containsExactlyInAnyOrder(1L, 3L, 4L);
    assertThat(ids("\"chuyen doi so\" -họp")).containsExactlyInAnyOrder(1L, 4L);
    assertThat(ids("chuyển đổi số -\"giấy mời\"")).doesNotContain(3L);
    assertThat(ids("coquan:\"Sở Thông tin\"")).containsExactly(3L);
    assertThat(ids("loai:\"giấy mời\"")).containsExactly(3L);
    assertThat(ids("nguoiky:\"Trần Văn Đạo\"")).containsExactly(4L);
    assertThat(ids("xuly:hoa")).containsExactly(4L);
    assertThat(ids("huong:di")).containsExactly(4L);
    assertThat(ids("nam:2026 huong:den chuyen doi so"))
        .as("incoming of 2026 with the three words, side by side first")
        .containsExactlyInAnyOrder(1L, 2L, 3L)
        .last()
        .isEqualTo(2L);
    assertThat(ids("khongcotruongnay:abc")).as("unknown fields are plain words").isEmpty();
    assertThat(ids("\"chuyển đổi")).as("an open quote ends with the text").hasSize(3);
  }

  @Test
  void aConfidentialDocumentIsNeverFoundCountedOrShownToOthers() throws Exception {
    put(
        document(1).subject("Báo cáo tình hình an ninh trật tự quý IV").type("Báo cáo"),
        document(2)
            .subject("Báo cáo tình hình an ninh trật tự — phụ lục mật")
            .type("Báo cáo mật")
            .confidentialFor("user:lanhdao", "user:chuyenvien"),
        document(3).subject("Kế hoạch tuần tra").type("Kế hoạch"));

    SearchResult officer =
        index.search(SearchRequest.of("an ninh trật tự", Set.of("agency", "user:chuyenvien2")));
    assertThat(officer.total()).isEqualTo(1);
    assertThat(officer.hits()).extracting(SearchResult.Hit::id).containsExactly(1L);
    assertThat(officer.facets().get(Facet.TYPE))
        .extracting(SearchResult.FacetCount::value)
        .doesNotContain("Báo cáo mật");
    SearchResult everything =
        index.search(SearchRequest.of("", Set.of("agency", "user:chuyenvien2")));
    assertThat(everything.total()).isEqualTo(2);
    assertThat(everything.facets().get(Facet.YEAR))
        .containsExactly(new SearchResult.FacetCount("2026", 2));

    SearchResult assigned =
        index.search(SearchRequest.of("an ninh trật tự", Set.of("agency", "user:chuyenvien")));
    assertThat(assigned.total()).isEqualTo(2);
    assertThat(index.search(SearchRequest.of("mật", Set.of("agency", "user:chuyenvien2"))).total())
        .isZero();
    assertThat(index.search(SearchRequest.of("", Set.of())).total())
        .as("nobody without keys finds anything")
        .isZero();
  }

  @Test
  void facetCountsAddUpAcrossSegmentsMostFrequentFirstWithoutReplacedDocuments() throws Exception {
    // Each batch made searchable on its own lands in a segment of its own, with its own ordinals.
    put(document(1).subject("Lịch tiếp công dân").type("Thông báo"));
    put(
        document(2).subject("Lịch tiếp công dân tháng 5").type("Giấy mời"),
        document(3).subject("Lịch tiếp công dân tháng 6").type("Giấy mời"));
    put(
        document(4).subject("Lịch tiếp công dân tháng 7").type("Kế hoạch"),
        document(5).subject("Lịch tiếp công dân tháng 8").type("Giấy mời"),
        document(6).subject("Báo cáo quý").type("Kế hoạch"));
    // Document 1 changes type: its first version, still in the first segment, no longer counts.
    put(document(1).subject("Lịch tiếp công dân").type("Kế hoạch"));

    SearchResult found = index.search(SearchRequest.of("lịch tiếp công dân", EVERYONE));

    assertThat(found.total()).isEqualTo(5);
    assertThat(found.facets().get(Facet.TYPE))
        .extracting(SearchResult.FacetCount::value, SearchResult.FacetCount::count)
        .containsExactly(tuple("Giấy mời", 3L), tuple("Kế hoạch", 2L));
  }

  @Test
  void aBroadSearchEstimatesItsCountsFromReadableDocumentsAndCountsExactlyOnRequest()
      throws Exception {
    index.exactMatches = 200;
    Set<String> officer = Set.of("agency", "user:chuyenvien");
    long readable = 0;
    long decisions = 0;
    long in2025 = 0;
    // Two batches, two segments: the estimate's stretches cross from one to the other.
    for (int batch = 0; batch < 2; batch++) {
      Documents[] documents = new Documents[1200];
      for (int i = 0; i < documents.length; i++) {
        long id = batch * 1200L + i + 1;
        boolean decision = id % 10 == 1;
        boolean confidential = id % 3 == 0;
        boolean old = id % 2 == 1;
        documents[i] =
            document(id)
                .subject("Báo cáo công tác tháng " + (1 + id % 12))
                .type(decision ? "Quyết định" : "Công văn")
                .dated(LocalDate.of(old ? 2025 : 2026, 1 + (int) (id % 12), 10));
        if (confidential) {
          documents[i].confidentialFor("user:lanhdao");
        } else {
          readable++;
          decisions += decision ? 1 : 0;
          in2025 += old ? 1 : 0;
        }
      }
      put(documents);
    }

    SearchResult estimated = index.search(SearchRequest.of("báo cáo công tác", officer));

    assertThat(estimated.exact()).isFalse();
    assertThat(estimated.total())
        .as("estimated from the readable documents only: %d of 2,400", readable)
        .isCloseTo(readable, org.assertj.core.data.Percentage.withPercentage(10));
    assertThat(count(estimated, Facet.YEAR, "2025"))
        .isCloseTo(in2025, org.assertj.core.data.Percentage.withPercentage(15));
    assertThat(count(estimated, Facet.TYPE, "Quyết định"))
        .isCloseTo(decisions, org.assertj.core.data.Percentage.withPercentage(40));
    assertThat(estimated.hits()).hasSize(20);

    SearchResult exact =
        index.search(
            new SearchRequest(
                "báo cáo công tác", Map.of(), SearchRequest.Order.RELEVANCE, 0, 20, officer, true));

    assertThat(exact.exact()).isTrue();
    assertThat(exact.total()).isEqualTo(readable);
    assertThat(count(exact, Facet.YEAR, "2025")).isEqualTo(in2025);
    assertThat(count(exact, Facet.TYPE, "Quyết định")).isEqualTo(decisions);
  }

  private static long count(SearchResult result, Facet facet, String value) {
    return result.facets().get(facet).stream()
        .filter(c -> c.value().equals(value))
        .mapToLong(SearchResult.FacetCount::count)
        .findFirst()
        .orElse(0);
  }

  @Test
  void estimatesAreRoundedToWhatTheyCanTell() {
    assertThat(MatchCounting.roughly(52_341)).isEqualTo(52_000);
    assertThat(MatchCounting.roughly(1_049.9)).isEqualTo(1_000);
    assertThat(MatchCounting.roughly(987)).isEqualTo(990);
    assertThat(MatchCounting.roughly(42.4)).isEqualTo(42);
    assertThat(MatchCounting.roughly(0.3)).as("a value seen is never shown as none").isEqualTo(1);
  }

  @Test
  void facetsCountTheHitsAndFiltersNarrowThem() throws Exception {
    put(
        document(1).subject("Công văn về chuyển đổi số").type("Công văn"),
        document(2).subject("Kế hoạch chuyển đổi số").type("Kế hoạch").urgent(),
        document(3).subject("Công văn chuyển đổi số cấp xã").type("Công văn"),
        document(4).subject("Báo cáo tài chính").type("Báo cáo"));

    SearchResult all = index.search(SearchRequest.of("chuyển đổi số", EVERYONE));
    assertThat(all.exact()).isTrue();
    assertThat(all.total()).isEqualTo(3);
    assertThat(all.facets().get(Facet.TYPE))
        .extracting(SearchResult.FacetCount::value, SearchResult.FacetCount::count)
        .containsExactlyInAnyOrder(tuple("Công văn", 2L), tuple("Kế hoạch", 1L));
    assertThat(all.facets().get(Facet.URGENCY))
        .extracting(SearchResult.FacetCount::value, SearchResult.FacetCount::count)
        .containsExactlyInAnyOrder(tuple("NORMAL", 2L), tuple("URGENT", 1L));

    SearchResult letters =
        index.search(
            new SearchRequest(
                "chuyển đổi số",
                Map.of(Facet.TYPE, List.of("Công văn")),
                SearchRequest.Order.RELEVANCE,
                0,
                20,
                EVERYONE));
    assertThat(letters.total()).isEqualTo(2);
    assertThat(letters.hits()).extracting(SearchResult.Hit::id).containsExactlyInAnyOrder(1L, 3L);
    SearchResult either =
        index.search(
            new SearchRequest(
                "",
                Map.of(Facet.TYPE, List.of("Kế hoạch", "Báo cáo")),
                SearchRequest.Order.RELEVANCE,
                0,
                20,
                EVERYONE));
    assertThat(either.total()).isEqualTo(2);
  }

  @Test
  void snippetsMarkTheWordsFoundInTheTextAsWrittenAndEscapeHtml() throws Exception {
    put(
        document(1)
            .subject("<b>Quyết định</b> về việc giao đất")
            .content(
                "Điều 1. Giao cho hộ ông Nguyễn Văn Bình thửa đất số 125. "
                    + "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."));

    SearchResult.Hit hit = index.search(SearchRequest.of("quyet dinh", EVERYONE)).hits().get(0);

    assertThat(hit.subject()).isEqualTo("<b>Quyết định</b> về việc giao đất");
    assertThat(hit.highlights().get("subject"))
        .contains("&lt;b&gt;")
        .containsPattern("<mark>Quyết( |</mark> <mark>)định</mark>");
    assertThat(hit.highlights().get("content")).contains("<mark>").contains("hiệu lực");
  }

  @Test
  void sortedByDateAndPaged() throws Exception {
    put(
        document(1).subject("Báo cáo tháng").dated(LocalDate.of(2026, 1, 5)),
        document(2).subject("Báo cáo tháng").dated(LocalDate.of(2026, 3, 5)),
        document(3).subject("Báo cáo tháng").dated(LocalDate.of(2026, 2, 5)));

    assertThat(
            ids(
                new SearchRequest(
                    "báo cáo", Map.of(), SearchRequest.Order.NEWEST, 0, 20, EVERYONE)))
        .containsExactly(2L, 3L, 1L);
    assertThat(
            ids(
                new SearchRequest(
                    "báo cáo", Map.of(), SearchRequest.Order.OLDEST, 0, 20, EVERYONE)))
        .containsExactly(1L, 3L, 2L);
    SearchResult second =
        index.search(
            new SearchRequest("báo cáo", Map.of(), SearchRequest.Order.NEWEST, 2, 2, EVERYONE));
    assertThat(second.total()).isEqualTo(3);
    assertThat(second.hits()).extracting(SearchResult.Hit::id).containsExactly(1L);
    assertThat(second.hits().get(0).date()).isEqualTo(LocalDate.of(2026, 1, 5));
  }

  @Test
  void aChangedDocumentIsFoundByItsNewTextOnlyAndARemovedOneNotAtAll() throws Exception {
    put(document(1).subject("Giấy mời họp giao ban"));
    put(document(1).subject("Thông báo hoãn họp giao ban"));

    assertThat(ids("giấy mời")).isEmpty();
    assertThat(ids("hoãn họp")).containsExactly(1L);
    assertThat(index.size()).isEqualTo(1);

    index.awaitSearchable(index.remove(1));
    assertThat(ids("họp")).isEmpty();
  }

  @Test
  void aCommittedIndexOpensAgainWithWhereItStopped(@TempDir Path folder) throws Exception {
    try (DocumentIndex onDisk = DocumentIndex.open(folder)) {
      assertThat(onDisk.committedThrough()).isZero();
      onDisk.put(document(1).subject("Quyết định thành lập tổ công tác").build());
      onDisk.commit(42);
    }
    try (DocumentIndex again = DocumentIndex.open(folder)) {
      assertThat(again.committedThrough()).isEqualTo(42);
      assertThat(again.search(SearchRequest.of("tổ công tác", EVERYONE)).total()).isEqualTo(1);
    }
  }

  @Test
  void rebuildingReplacesEverythingAndReportsProgress(@TempDir Path folder) throws Exception {
    List<Long> progress = new java.util.ArrayList<>();
    try (DocumentIndex onDisk = DocumentIndex.open(folder)) {
      onDisk.put(document(99).subject("Đã xóa khỏi cơ sở dữ liệu").build());
      List<IndexedDocument> all =
          java.util.stream.LongStream.rangeClosed(1, 2500)
              .mapToObj(i -> document(i).subject("Công văn số " + i).build())
              .toList();
      onDisk.rebuild(all, 7, progress::add);
      assertThat(onDisk.committedThrough()).isEqualTo(7);
      assertThat(onDisk.search(SearchRequest.of("\"công văn số 2500\"", EVERYONE)).total())
          .as("searchable once the rebuild has reported its end")
          .isEqualTo(1);
    }
    assertThat(progress).containsExactly(1000L, 2000L, 2500L);
    try (DocumentIndex again = DocumentIndex.open(folder)) {
      assertThat(again.size()).isEqualTo(2500);
      assertThat(again.search(SearchRequest.of("đã xóa", EVERYONE)).total()).isZero();
    }
  }

  @Test
  void anIndexWrittenWithAnotherLayoutStartsAfresh(@TempDir Path folder) throws Exception {
    try (var directory = org.apache.lucene.store.FSDirectory.open(folder);
        var writer =
            new org.apache.lucene.index.IndexWriter(
                directory, new org.apache.lucene.index.IndexWriterConfig())) {
      org.apache.lucene.document.Document old = new org.apache.lucene.document.Document();
      old.add(new org.apache.lucene.document.NumericDocValuesField("date", 1));
      writer.addDocument(old);
      writer.setLiveCommitData(Map.of("eoffice.schema", "1").entrySet());
      writer.commit();
    }
    try (DocumentIndex index = DocumentIndex.open(folder)) {
      assertThat(index.size()).as("emptied, for its owner to rebuild").isZero();
      index.awaitSearchable(index.put(document(1).subject("Sau khi nâng cấp").build()));
      assertThat(index.search(SearchRequest.of("nâng cấp", EVERYONE)).total()).isEqualTo(1);
    }
    try (DocumentIndex again = DocumentIndex.open(folder)) {
      assertThat(again.size()).as("the new layout is kept").isEqualTo(1);
    }
  }
}
