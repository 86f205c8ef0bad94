package vn.eoffice.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Relevance on real text: the 38 articles of Decree 30/2020/NĐ-CP (from {@code
 * ../shared/reference/nd30}) as documents, and questions an archivist would type, each with the
 * article that answers it. Measured with and without diacritics: Recall@10 and nDCG@10 (one
 * relevant article per question, so nDCG@10 = 1 / log2(rank + 1)).
 */
class DecreeRelevanceTest {

  private static final Path DECREE =
      Path.of("..", "..", "shared", "reference", "nd30", "30_2020_ND_CP.md");

  /** Question → the article (Điều) that answers it. */
  private static final Map<String, Integer> QUESTIONS =
      Map.ofEntries(
          Map.entry("bóc bì đóng dấu đến", 21),
          Map.entry("số đến lấy liên tiếp trong năm", 22),
          Map.entry("trình chuyển giao văn bản đến", 23),
          Map.entry("theo dõi đôn đốc giải quyết văn bản đến", 24),
          Map.entry("thu hồi văn bản đã phát hành", 18),
          Map.entry("lưu văn bản đi bản gốc", 19),
          Map.entry("cấp số thời gian ban hành văn bản", 15),
          Map.entry("sổ đăng ký văn bản đi", 16),
          Map.entry("nhân bản đóng dấu chỉ độ mật", 17),
          Map.entry("bản sao y bản sao lục bản trích sao", 25),
          Map.entry("thẩm quyền sao văn bản", 27),
          Map.entry("lập danh mục hồ sơ", 28),
          Map.entry("nộp lưu hồ sơ tài liệu vào lưu trữ cơ quan", 30),
          Map.entry("quản lý con dấu thiết bị lưu khóa bí mật", 32),
          Map.entry("sử dụng con dấu", 33),
          Map.entry("kinh phí cho công tác văn thư", 36),
          Map.entry("hiệu lực thi hành", 37),
          Map.entry("giá trị pháp lý văn bản điện tử", 5),
          Map.entry("duyệt bản thảo", 11),
          Map.entry("kiểm tra văn bản trước khi ký ban hành", 12),
          Map.entry("kỹ thuật trình bày văn bản", 9),
          Map.entry("các loại văn bản hành chính", 7),
          Map.entry("phạm vi điều chỉnh", 1),
          Map.entry("tiếp nhận văn bản điện tử kiểm tra tính xác thực toàn vẹn", 21),
          // Questions in other words than the article's title, answered in its body.
          Map.entry("văn bản khẩn phát hành ngay sau khi ký", 18),
          Map.entry("bên nhận hủy bỏ văn bản điện tử bị thu hồi", 18),
          Map.entry("ý kiến chỉ đạo ghi vào mục chuyển", 23),
          Map.entry("số hóa văn bản đến", 22),
          Map.entry("văn bản mật cấp hệ thống số riêng", 15),
          Map.entry("người đứng đầu chỉ đạo giải quyết kịp thời", 24),
          Map.entry("in văn bản đã ký số ra giấy", 18),
          Map.entry("bản gốc lưu tại văn thư cơ quan sắp xếp theo thứ tự đăng ký", 19),
          Map.entry("đối chiếu số ký hiệu ngoài bì", 21),
          Map.entry("chữ ký số trên văn bản điện tử", 5));

  private static DocumentIndex index;

  @BeforeAll
  static void indexTheDecree() throws Exception {
    index = DocumentIndex.inMemory();
    long generation = 0;
    for (Article article : articles()) {
      generation =
          index.put(
              Documents.document(article.number())
                  .type("Nghị định")
                  .notation("30/2020/NĐ-CP")
                  .subject(article.title())
                  .content(article.body())
                  .build());
    }
    index.awaitSearchable(generation);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  record Article(int number, String title, String body) {}

  static List<Article> articles() throws IOException {
    Pattern heading = Pattern.compile("^### Điều (\\d+)\\. (.+)$");
    List<Article> articles = new ArrayList<>();
    Integer number = null;
    String title = null;
    StringBuilder body = new StringBuilder();
    for (String line : Files.readAllLines(DECREE)) {
      Matcher m = heading.matcher(line);
      boolean section = line.startsWith("#");
      if (m.matches() || (section && number != null)) {
        if (number != null) {
          articles.add(new Article(number, title, body.toString()));
          number = null;
        }
        if (m.matches()) {
          number = Integer.valueOf(m.group(1));
          title = m.group(2);
          body.setLength(0);
        }
      } else if (number != null) {
        body.append(line).append('\n');
      }
    }
    if (number != null) {
      articles.add(new Article(number, title, body.toString()));
    }
    return articles;
  }

  record Figures(double recallAt10, double ndcgAt10) {}

  private static Figures measure(boolean withDiacritics) {
    double found = 0;
    double gain = 0;
    for (Map.Entry<String, Integer> question : QUESTIONS.entrySet()) {
      String typed = withDiacritics ? question.getKey() : withoutDiacritics(question.getKey());
      List<Long> top =
          index
              .search(
                  new SearchRequest(
                      typed, Map.of(), SearchRequest.Order.RELEVANCE, 0, 10, Documents.EVERYONE))
              .hits()
              .stream()
              .map(SearchResult.Hit::id)
              .toList();
      int rank = top.indexOf(question.getValue().longValue());
      if (rank >= 0) {
        found++;
        gain += 1 / (Math.log(rank + 2) / Math.log(2));
      }
    }
    return new Figures(found / QUESTIONS.size(), gain / QUESTIONS.size());
  }

  static String withoutDiacritics(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .replace('đ', 'd')
        .replace('Đ', 'D');
  }

  @Test
  void theDecreeHasItsThirtyEightArticles() throws IOException {
    assertThat(articles()).hasSize(38).extracting(Article::number).startsWith(1, 2, 3).endsWith(38);
    assertThat(index.size()).isEqualTo(38);
  }

  @Test
  void questionsFindTheirArticleWithAndWithoutDiacritics() {
    Figures with = measure(true);
    Figures without = measure(false);
    System.out.printf(
        "Decree 30 relevance, %d questions: with diacritics Recall@10 %.3f nDCG@10 %.3f;"
            + " without Recall@10 %.3f nDCG@10 %.3f%n",
        QUESTIONS.size(),
        with.recallAt10(),
        with.ndcgAt10(),
        without.recallAt10(),
        without.ndcgAt10());

    assertThat(with.recallAt10()).isGreaterThanOrEqualTo(0.9);
    assertThat(with.ndcgAt10()).isGreaterThanOrEqualTo(0.75);
    assertThat(without.recallAt10()).isGreaterThanOrEqualTo(0.9);
    assertThat(without.ndcgAt10()).isGreaterThanOrEqualTo(0.7);
  }
}
