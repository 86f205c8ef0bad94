package vn.eoffice.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.eoffice.search.analysis.AnalyzedTerms;
import vn.eoffice.search.analysis.VietnameseAnalyzer;

/**
 * Relevance on a public set the project did not write: the 520 questions of ALQAC 2022 over the
 * 1,377 articles of four Vietnamese laws (see {@code src/test/resources/relevance/alqac2022}), each
 * question with the article(s) that answer it. The search box, given each question as typed (with
 * diacritics and without), is measured beside plain BM25 over exactly the project's tokens
 * (syllables and syllable pairs, all of them, no filtering): recall@10 and nDCG@10. The search box
 * must be at least as good on both, both ways.
 */
class LegalQuestionsRelevanceTest {

  private static final String DATA = "/relevance/alqac2022/";

  record Article(String id, String law, String heading, String body) {}

  record Question(String id, String text, Set<String> relevant) {}

  record Figures(double recallAt10, double ndcgAt10) {}

  private static List<Article> articles;
  private static List<Question> questions;
  private static DocumentIndex index;
  private static Directory bm25Directory;
  private static IndexSearcher bm25;
  private static final VietnameseAnalyzer ANALYZER = new VietnameseAnalyzer();

  @BeforeAll
  static void indexTheLaws() throws Exception {
    articles = new ArrayList<>();
    for (JsonObject line : jsonLines("articles.jsonl")) {
      String text = line.getString("text");
      int blank = text.indexOf("\n\n");
      articles.add(
          new Article(
              line.getString("id"),
              line.getString("law"),
              blank < 0 ? text : text.substring(0, blank).strip(),
              blank < 0 ? "" : text.substring(blank + 2)));
    }
    questions = new ArrayList<>();
    for (JsonObject line : jsonLines("questions.jsonl")) {
      Set<String> relevant = new LinkedHashSet<>();
      line.getJsonArray("relevant")
          .getValuesAs(JsonString.class)
          .forEach(s -> relevant.add(s.getString()));
      questions.add(new Question(line.getString("id"), line.getString("text"), relevant));
    }

    index = DocumentIndex.inMemory();
    long generation = 0;
    bm25Directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(bm25Directory, new IndexWriterConfig(ANALYZER))) {
      for (int i = 0; i < articles.size(); i++) {
        Article article = articles.get(i);
        generation =
            index.put(
                Documents.document(i)
                    .type("Luật")
                    .notation(article.law())
                    .issuer("Quốc hội")
                    .subject(article.heading())
                    .content(article.body())
                    .build());
        // The same text in one field, as the search box's catch-all field holds it.
        Document plain = new Document();
        plain.add(new StringField("id", String.valueOf(i), Field.Store.YES));
        for (String value :
            List.of(article.heading(), article.law(), "Luật", "Quốc hội", article.body())) {
          plain.add(new TextField("all", value, Field.Store.NO));
        }
        writer.addDocument(plain);
      }
    }
    index.awaitSearchable(generation);
    bm25 = new IndexSearcher(DirectoryReader.open(bm25Directory));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
    bm25.getIndexReader().close();
    bm25Directory.close();
  }

  @Test
  void theSetIsWhole() {
    assertThat(articles).hasSize(1377);
    assertThat(questions).hasSizeGreaterThanOrEqualTo(500);
    Set<String> ids = new LinkedHashSet<>(articles.stream().map(Article::id).toList());
    assertThat(questions).allSatisfy(q -> assertThat(ids).containsAll(q.relevant()));
  }

  @Test
  void theSearchBoxRanksQuestionsAtLeastAsWellAsPlainBm25() throws IOException {
    Figures plain = measure(this::bm25Top10, true);
    Figures plainBare = measure(this::bm25Top10, false);
    Figures box = measure(LegalQuestionsRelevanceTest::searchBoxTop10, true);
    Figures boxBare = measure(LegalQuestionsRelevanceTest::searchBoxTop10, false);
    System.out.printf(
        java.util.Locale.ROOT,
        "ALQAC 2022, %d questions over %d articles:%n"
            + "  with diacritics:    search box recall@10 %.3f nDCG@10 %.3f;"
            + " plain BM25 recall@10 %.3f nDCG@10 %.3f%n"
            + "  without diacritics: search box recall@10 %.3f nDCG@10 %.3f;"
            + " plain BM25 recall@10 %.3f nDCG@10 %.3f%n",
        questions.size(),
        articles.size(),
        box.recallAt10(),
        box.ndcgAt10(),
        plain.recallAt10(),
        plain.ndcgAt10(),
        boxBare.recallAt10(),
        boxBare.ndcgAt10(),
        plainBare.recallAt10(),
        plainBare.ndcgAt10());

    assertThat(box.recallAt10()).isGreaterThanOrEqualTo(plain.recallAt10());
    assertThat(box.ndcgAt10()).isGreaterThanOrEqualTo(plain.ndcgAt10());
    assertThat(boxBare.recallAt10()).isGreaterThanOrEqualTo(plainBare.recallAt10());
    assertThat(boxBare.ndcgAt10()).isGreaterThanOrEqualTo(plainBare.ndcgAt10());
  }

  /** The ids of the ten best articles for a question as typed. */
  @FunctionalInterface
  interface Ranking {
    List<String> top10(String typed) throws IOException;
  }

  private static List<String> searchBoxTop10(String typed) {
    return index
        .search(
            new SearchRequest(
                typed, Map.of(), SearchRequest.Order.RELEVANCE, 0, 10, Documents.EVERYONE))
        .hits()
        .stream()
        .map(hit -> articles.get((int) hit.id()).id())
        .toList();
  }

  private List<String> bm25Top10(String typed) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String term : AnalyzedTerms.of(ANALYZER, typed)) {
      query.add(new TermQuery(new Term("all", term)), Occur.SHOULD);
    }
    List<String> top = new ArrayList<>();
    for (ScoreDoc hit : bm25.search(query.build(), 10).scoreDocs) {
      top.add(articles.get(Integer.parseInt(bm25.storedFields().document(hit.doc).get("id"))).id());
    }
    return top;
  }

  /** Recall@10 and nDCG@10 (binary gains) averaged over the questions. */
  private static Figures measure(Ranking ranking, boolean withDiacritics) throws IOException {
    double recall = 0;
    double ndcg = 0;
    for (Question question : questions) {
      String typed =
          withDiacritics ? question.text() : DecreeRelevanceTest.withoutDiacritics(question.text());
      List<String> top = ranking.top10(typed);
      double found = 0;
      double dcg = 0;
      for (int rank = 0; rank < top.size(); rank++) {
        if (question.relevant().contains(top.get(rank))) {
          found++;
          dcg += 1 / log2(rank + 2);
        }
      }
      double ideal = 0;
      for (int rank = 0; rank < Math.min(10, question.relevant().size()); rank++) {
        ideal += 1 / log2(rank + 2);
      }
      recall += found / question.relevant().size();
      ndcg += dcg / ideal;
    }
    return new Figures(recall / questions.size(), ndcg / questions.size());
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  private static List<JsonObject> jsonLines(String name) {
    List<JsonObject> lines = new ArrayList<>();
    try (InputStream in = LegalQuestionsRelevanceTest.class.getResourceAsStream(DATA + name);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          try (JsonReader json = Json.createReader(new StringReader(line))) {
            lines.add(json.readObject());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
