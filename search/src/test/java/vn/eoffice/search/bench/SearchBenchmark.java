package vn.eoffice.search.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
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
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.eoffice.search.analysis.AnalyzedTerms;
import vn.eoffice.search.analysis.AnalyzedText;
import vn.eoffice.search.analysis.VietnameseAnalyzer;
import vn.eoffice.search.compare.Fingerprint;
import vn.eoffice.search.index.DocumentIndex;
import vn.eoffice.search.index.Facet;
import vn.eoffice.search.index.IndexedDocument;
import vn.eoffice.search.index.SearchRequest;
import vn.eoffice.search.index.SearchResult;

/**
 * Indexing documents/s and query latency (p50/p95) on a generated corpus of Vietnamese documents
 * (sentences of Decree 30/2020/NĐ-CP recombined), for e-Office's index (facets, snippets and
 * permission filter included; totals and facet counts exact up to 10,000 matches, estimated beyond,
 * as the archivist's screen shows them) beside (a) raw Lucene with the same analyzer and no extras
 * and (b) PostgreSQL full-text search ({@code simple} configuration over {@code unaccent}, GIN
 * index), the same documents and queries, in the same run. Run by {@code bin/benchmark-search}.
 */
public final class SearchBenchmark {

  private static final int DOCUMENTS = Integer.getInteger("bench.documents", 100_000);
  private static final int QUERIES = Integer.getInteger("bench.queries", 300);
  private static final String DB_URL =
      System.getProperty("bench.db", "jdbc:postgresql://127.0.0.1:5432/eoffice_bench_search");
  private static final Path DECREE =
      Path.of("..", "..", "shared", "reference", "nd30", "30_2020_ND_CP.md");
  private static final List<String> TYPES =
      List.of(
          "Công văn",
          "Quyết định",
          "Thông báo",
          "Kế hoạch",
          "Báo cáo",
          "Tờ trình",
          "Giấy mời",
          "Chỉ thị",
          "Hướng dẫn",
          "Biên bản");
  private static final List<String> ISSUERS =
      List.of(
          "UBND tỉnh Mẫu",
          "UBND huyện Mẫu",
          "Sở Nội vụ",
          "Sở Tài chính",
          "Sở Tài nguyên và Môi trường",
          "Công an huyện",
          "Phòng Giáo dục và Đào tạo",
          "Văn phòng UBND huyện",
          "Chi cục Thuế",
          "Ban Chỉ huy Quân sự");

  public record Doc(
      long id, String type, int year, String subject, String content, boolean restricted) {}

  /** A query of one of three kinds, the same for every engine. */
  public record Probe(String kind, List<String> words, String type, Integer year) {}

  public static void main(String[] args) throws Exception {
    List<String> sentences = sentences();
    List<Doc> docs = corpus(sentences);
    List<Probe> probes = probes(sentences, new Random(7));
    long words =
        docs.stream().mapToLong(d -> (d.subject() + " " + d.content()).split("\\s+").length).sum();
    System.out.printf(
        "Corpus: %,d documents, %,d words (%.0f per document); %d queries: term, phrase, filtered,"
            + " question%n%n",
        docs.size(), words, (double) words / docs.size(), probes.size());

    warmUp(docs);
    Figures ours = eoffice(docs, probes);
    Figures lucene = rawLucene(docs, probes);
    // -Dbench.postgres=false leaves PostgreSQL out while tuning (the documented run has it).
    Figures postgres =
        Boolean.parseBoolean(System.getProperty("bench.postgres", "true"))
            ? postgres(docs, probes)
            : new Figures(Double.NaN, Double.NaN, Double.NaN, 0, Map.of());

    System.out.println();
    System.out.printf(
        "%-34s %14s %10s %10s %12s%n", "", "indexing doc/s", "p50 ms", "p95 ms", "hits/query");
    print("e-Office index (facets, snippets)", ours);
    print("raw Lucene (hits counted to 1,000)", lucene);
    print("PostgreSQL FTS simple+unaccent", postgres);
    System.out.printf(
        "%np95: e-Office %.2f× raw Lucene (goal ≤ 1.5×); PostgreSQL %.1f× e-Office (goal ≥ 10×)%n",
        ours.p95() / lucene.p95(), postgres.p95() / ours.p95());
    for (String kind : List.of("term", "phrase", "filtered", "question")) {
      System.out.printf(
          "  %-8s p95 ms: e-Office %.2f, raw Lucene %.2f, PostgreSQL %.2f%n",
          kind,
          ours.byKind().get(kind),
          lucene.byKind().get(kind),
          postgres.byKind().getOrDefault(kind, Double.NaN));
    }
  }

  record Figures(
      double docsPerSecond,
      double p50,
      double p95,
      double hitsPerQuery,
      Map<String, Double> byKind) {}

  private static void print(String name, Figures f) {
    System.out.printf(
        "%-34s %,14.0f %10.2f %10.2f %,12.0f%n",
        name, f.docsPerSecond(), f.p50(), f.p95(), f.hitsPerQuery());
  }

  // ---------------------------------------------------------------------------------------------

  private static Figures eoffice(List<Doc> docs, List<Probe> probes) throws Exception {
    // On disk, memory-mapped, as e-Office keeps its index (and raw Lucene's beside it).
    Path folder = Files.createTempDirectory("eoffice-bench-index");
    try (DocumentIndex index = DocumentIndex.open(folder)) {
      long start = System.nanoTime();
      // As e-Office takes in an archive: a rebuild from the database, merged at the end.
      index.rebuild(docs.stream().map(SearchBenchmark::indexed).toList(), 0, done -> {});
      double took = seconds(start);
      double rate = docs.size() / took;
      System.out.printf("e-Office index: %,d documents in %.1f s%n", docs.size(), took);
      indexingParts(docs, took);
      Set<String> clerk = Set.of("agency", "user:u7", "role:CLERK");
      java.util.function.BiFunction<Probe, Boolean, SearchRequest> request =
          (probe, exact) -> {
            Map<Facet, List<String>> filters =
                probe.type() == null
                    ? Map.of()
                    : Map.of(
                        Facet.TYPE,
                        List.of(probe.type()),
                        Facet.YEAR,
                        List.of(probe.year().toString()));
            String query =
                probe.kind().equals("phrase")
                    ? "\"" + String.join(" ", probe.words()) + "\""
                    : String.join(" ", probe.words());
            return new SearchRequest(
                query, filters, SearchRequest.Order.RELEVANCE, 0, 20, clerk, exact);
          };
      Figures figures =
          measure(probes, probe -> index.search(request.apply(probe, false)).total(), rate);
      // How far the estimated totals are from the exact counts (not timed).
      List<Double> errors = new ArrayList<>();
      for (Probe probe : probes) {
        SearchResult estimated = index.search(request.apply(probe, false));
        if (!estimated.exact()) {
          long exact = index.search(request.apply(probe, true)).total();
          errors.add(100.0 * Math.abs(estimated.total() - exact) / exact);
        }
      }
      System.out.printf(
          "e-Office: %d of %d queries broad enough for estimated counts; error of the estimated"
              + " total against the exact count: median %.1f %%, p95 %.1f %%, max %.1f %%%n",
          errors.size(),
          probes.size(),
          errors.isEmpty() ? 0 : percentile(errors, 50),
          errors.isEmpty() ? 0 : percentile(errors, 95),
          errors.stream().mapToDouble(Double::doubleValue).max().orElse(0));
      return figures;
    } finally {
      org.apache.lucene.util.IOUtils.rm(folder);
    }
  }

  /**
   * What the rebuild's time went on, each part measured apart over the same documents: the
   * content's analysis (once, for two fields) and its similarity fingerprint.
   */
  private static void indexingParts(List<Doc> docs, double took) {
    long start = System.nanoTime();
    long syllables = 0;
    for (Doc d : docs) {
      syllables += AnalyzedText.of(d.content()).size();
    }
    double analysis = seconds(start);
    start = System.nanoTime();
    long fingerprints =
        docs.stream().map(d -> Fingerprint.of(d.content())).filter(f -> f != null).count();
    double fingerprint = seconds(start);
    System.out.printf(
        "  of which, measured apart: content analysis %.1f s (%.0f %%, %,d syllables, once for"
            + " two fields), similarity fingerprints computed %.1f s (%.0f %%, %,d); the rest (the other"
            + " fields, a permission key or two, facets, postings, stored text) %.1f s%n",
        analysis,
        100 * analysis / took,
        syllables,
        fingerprint,
        100 * fingerprint / took,
        fingerprints,
        Math.max(0, took - analysis - fingerprint));
  }

  /** Raw Lucene's index of these documents: one text field, the filters, no stored text. */
  private static void rawIndex(List<Doc> docs, Directory directory, Analyzer analyzer)
      throws IOException {
    try (IndexWriter writer =
        new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64))) {
      for (Doc d : docs) {
        Document doc = new Document();
        doc.add(new StringField("id", Long.toString(d.id()), Field.Store.YES));
        doc.add(new TextField("text", d.subject() + "\n" + d.content(), Field.Store.NO));
        doc.add(new StringField("type", d.type(), Field.Store.NO));
        doc.add(new StringField("year", Integer.toString(d.year()), Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.commit();
    }
  }

  /**
   * Both indexers run once on a tenth of the documents, into indexes thrown away, before either is
   * timed: the code they share (Lucene's writer, the analyzer) is then compiled for both, not only
   * for the one timed second.
   */
  private static void warmUp(List<Doc> docs) throws IOException {
    List<Doc> some = docs.subList(0, Math.max(1, docs.size() / 10));
    long start = System.nanoTime();
    try (Directory directory = new ByteBuffersDirectory()) {
      rawIndex(some, directory, new VietnameseAnalyzer());
    }
    try (DocumentIndex index = DocumentIndex.inMemory()) {
      index.rebuild(some.stream().map(SearchBenchmark::indexed).toList(), 0, done -> {});
    }
    System.out.printf(
        "Warm-up: both indexers on %,d documents, not timed (%.1f s)%n",
        some.size(), seconds(start));
  }

  private static Figures rawLucene(List<Doc> docs, List<Probe> probes) throws Exception {
    Analyzer analyzer = new VietnameseAnalyzer();
    Analyzer plain = new VietnameseAnalyzer(false);
    Path folder = Files.createTempDirectory("raw-lucene-bench");
    try (Directory directory = FSDirectory.open(folder)) {
      long start = System.nanoTime();
      rawIndex(docs, directory, analyzer);
      double rate = docs.size() / seconds(start);
      System.out.printf("raw Lucene: %,d documents in %.1f s%n", docs.size(), seconds(start));
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        return measure(
            probes,
            probe -> {
              List<String> terms = AnalyzedTerms.of(plain, String.join(" ", probe.words()));
              Query text;
              if (probe.kind().equals("phrase")) {
                text = new PhraseQuery("text", terms.toArray(String[]::new));
              } else if (probe.kind().equals("question")) {
                // BM25 over every syllable and syllable pair of the question, none demanded.
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                for (String t : AnalyzedTerms.of(analyzer, String.join(" ", probe.words()))) {
                  any.add(new TermQuery(new Term("text", t)), Occur.SHOULD);
                }
                text = any.build();
              } else {
                // As e-Office's: every syllable demanded, the syllable pairs typed ranking.
                BooleanQuery.Builder all = new BooleanQuery.Builder();
                terms.forEach(t -> all.add(new TermQuery(new Term("text", t)), Occur.MUST));
                for (String t : AnalyzedTerms.of(analyzer, String.join(" ", probe.words()))) {
                  if (t.indexOf(' ') > 0) {
                    all.add(new TermQuery(new Term("text", t)), Occur.SHOULD);
                  }
                }
                text = all.build();
              }
              BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST);
              if (probe.type() != null) {
                query.add(new TermQuery(new Term("type", probe.type())), Occur.FILTER);
                query.add(new TermQuery(new Term("year", probe.year().toString())), Occur.FILTER);
              }
              try {
                return searcher.search(query.build(), 20).totalHits.value;
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            },
            rate);
      }
    } finally {
      org.apache.lucene.util.IOUtils.rm(folder);
    }
  }

  private static Figures postgres(List<Doc> docs, List<Probe> probes) throws Exception {
    try (Connection admin =
            DriverManager.getConnection(
                DB_URL.replaceFirst("/[^/]+$", "/postgres"), "postgres", "");
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS eoffice_bench_search");
      statement.execute("CREATE DATABASE eoffice_bench_search");
    }
    try (Connection db = DriverManager.getConnection(DB_URL, "postgres", "")) {
      try (Statement s = db.createStatement()) {
        s.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
        s.execute(
            "CREATE TABLE doc (id BIGINT PRIMARY KEY, type TEXT, year INT, subject TEXT,"
                + " content TEXT, tsv TSVECTOR)");
      }
      long start = System.nanoTime();
      db.setAutoCommit(false);
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO doc VALUES (?, ?, ?, ?, ?, to_tsvector('simple', unaccent(? || ' ' || ?)))")) {
        int batch = 0;
        for (Doc d : docs) {
          insert.setLong(1, d.id());
          insert.setString(2, d.type());
          insert.setInt(3, d.year());
          insert.setString(4, d.subject());
          insert.setString(5, d.content());
          insert.setString(6, d.subject());
          insert.setString(7, d.content());
          insert.addBatch();
          if (++batch % 1000 == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      try (Statement s = db.createStatement()) {
        s.execute("CREATE INDEX doc_tsv ON doc USING GIN (tsv)");
        s.execute("CREATE INDEX doc_type_year ON doc (type, year)");
      }
      db.commit();
      db.setAutoCommit(true);
      try (Statement s = db.createStatement()) {
        s.execute("VACUUM ANALYZE doc");
      }
      double rate = docs.size() / seconds(start);
      System.out.printf(
          "PostgreSQL: %,d documents in %.1f s (rows, tsvector, GIN)%n",
          docs.size(), seconds(start));
      PreparedStatement plainQuery =
          db.prepareStatement(
              "SELECT id, ts_rank(tsv, q) AS r, count(*) OVER () FROM doc,"
                  + " plainto_tsquery('simple', unaccent(?)) q WHERE tsv @@ q ORDER BY r DESC LIMIT 20");
      PreparedStatement phraseQuery =
          db.prepareStatement(
              "SELECT id, ts_rank(tsv, q) AS r, count(*) OVER () FROM doc,"
                  + " phraseto_tsquery('simple', unaccent(?)) q WHERE tsv @@ q ORDER BY r DESC LIMIT 20");
      PreparedStatement filteredQuery =
          db.prepareStatement(
              "SELECT id, ts_rank(tsv, q) AS r, count(*) OVER () FROM doc,"
                  + " plainto_tsquery('simple', unaccent(?)) q WHERE tsv @@ q AND type = ? AND year = ?"
                  + " ORDER BY r DESC LIMIT 20");
      // Any of the question's words: PostgreSQL's own OR of the words typed.
      PreparedStatement questionQuery =
          db.prepareStatement(
              "SELECT id, ts_rank(tsv, q) AS r, count(*) OVER () FROM doc,"
                  + " to_tsquery('simple', unaccent(?)) q WHERE tsv @@ q ORDER BY r DESC LIMIT 20");
      return measure(
          probes,
          probe -> {
            try {
              PreparedStatement query =
                  switch (probe.kind()) {
                    case "phrase" -> phraseQuery;
                    case "filtered" -> filteredQuery;
                    case "question" -> questionQuery;
                    default -> plainQuery;
                  };
              query.setString(
                  1, String.join(probe.kind().equals("question") ? " | " : " ", probe.words()));
              if (probe.type() != null) {
                query.setString(2, probe.type());
                query.setInt(3, probe.year());
              }
              try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(3) : 0;
              }
            } catch (SQLException e) {
              throw new IllegalStateException(e);
            }
          },
          rate);
    }
  }

  // ---------------------------------------------------------------------------------------------

  interface Search {
    long run(Probe probe) throws Exception;
  }

  /** Two warm-up rounds, then three measured rounds over every query. */
  private static Figures measure(List<Probe> probes, Search search, double docsPerSecond)
      throws Exception {
    for (int round = 0; round < 2; round++) {
      for (Probe probe : probes) {
        search.run(probe);
      }
    }
    List<Double> all = new ArrayList<>();
    Map<String, List<Double>> byKind = new java.util.TreeMap<>();
    long hits = 0;
    for (int round = 0; round < 3; round++) {
      for (Probe probe : probes) {
        long start = System.nanoTime();
        hits += search.run(probe);
        double ms = (System.nanoTime() - start) / 1e6;
        all.add(ms);
        byKind.computeIfAbsent(probe.kind(), k -> new ArrayList<>()).add(ms);
      }
    }
    Map<String, Double> p95ByKind = new java.util.TreeMap<>();
    byKind.forEach((kind, times) -> p95ByKind.put(kind, percentile(times, 95)));
    return new Figures(
        docsPerSecond,
        percentile(all, 50),
        percentile(all, 95),
        hits / (3.0 * probes.size()),
        p95ByKind);
  }

  public static double percentile(List<Double> values, int p) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  /** A generated document as e-Office indexes it (one in ten readable by one user only). */
  public static IndexedDocument indexed(Doc d) {
    return new IndexedDocument(
        d.id(),
        "INCOMING",
        d.year(),
        "Sổ văn bản đến",
        (int) d.id(),
        d.id() + "/UBND-VP",
        LocalDate.of(d.year(), 1 + (int) (d.id() % 12), 1 + (int) (d.id() % 28)),
        d.type(),
        d.subject(),
        ISSUERS.get((int) (d.id() % ISSUERS.size())),
        null,
        "REGISTERED",
        "NORMAL",
        d.restricted() ? "CONFIDENTIAL" : "NORMAL",
        List.of(),
        d.content(),
        d.restricted() ? Set.of("user:u" + d.id() % 50) : Set.of("agency"));
  }

  /** The generated documents, the same on every run. */
  public static List<Doc> corpus(List<String> sentences) {
    Random random = new Random(42);
    List<Doc> docs = new ArrayList<>(DOCUMENTS);
    for (int i = 1; i <= DOCUMENTS; i++) {
      String subject =
          span(sentences.get(random.nextInt(sentences.size())), 6 + random.nextInt(10), random);
      StringBuilder content = new StringBuilder();
      for (int s = 2 + random.nextInt(5); s > 0; s--) {
        content.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
      }
      docs.add(
          new Doc(
              i,
              TYPES.get(random.nextInt(TYPES.size())),
              2020 + random.nextInt(7),
              subject,
              content.toString(),
              random.nextInt(10) == 0));
    }
    return docs;
  }

  /** The decree's sentences: every line of text, headings and list markers left out. */
  public static List<String> sentences() throws IOException {
    List<String> sentences = new ArrayList<>();
    for (String line : Files.readAllLines(DECREE)) {
      String text = line.replaceFirst("^[#\\-\\s]*([a-zđ]\\)|\\d+\\.)?\\s*", "").strip();
      if (text.split("\\s+").length >= 6) {
        sentences.add(Normalizer.normalize(text, Normalizer.Form.NFC));
      }
    }
    return sentences;
  }

  private static String span(String sentence, int length, Random random) {
    String[] words = sentence.split("\\s+");
    int from = words.length <= length ? 0 : random.nextInt(words.length - length);
    return String.join(" ", Arrays.copyOfRange(words, from, Math.min(words.length, from + length)));
  }

  /**
   * A quarter each: two or three words, a phrase of three words, two words with type and year, and
   * a question of about twenty words as a citizen or a leader types it.
   */
  private static final String[] QUESTION_START = {"văn", "bản", "nào", "quy", "định", "về"};

  public static List<Probe> probes(List<String> sentences, Random random) {
    List<Probe> probes = new ArrayList<>();
    for (int i = 0; i < QUERIES; i++) {
      String[] words =
          sentences
              .get(random.nextInt(sentences.size()))
              .replaceAll("[^\\p{L}\\p{N}\\s]", " ")
              .strip()
              .split("\\s+");
      int from = random.nextInt(Math.max(1, words.length - 3));
      switch (i % 4) {
        case 0 ->
            probes.add(
                new Probe(
                    "term",
                    List.of(Arrays.copyOfRange(words, from, from + 2 + random.nextInt(2))),
                    null,
                    null));
        case 1 ->
            probes.add(
                new Probe(
                    "phrase", List.of(Arrays.copyOfRange(words, from, from + 3)), null, null));
        case 3 -> {
          String[] more =
              sentences
                  .get(random.nextInt(sentences.size()))
                  .replaceAll("[^\\p{L}\\p{N}\\s]", " ")
                  .strip()
                  .split("\\s+");
          List<String> question = new ArrayList<>(List.of(QUESTION_START));
          question.addAll(
              List.of(Arrays.copyOfRange(words, from, Math.min(words.length, from + 8))));
          question.addAll(
              List.of(Arrays.copyOf(more, Math.min(more.length, 20 - question.size()))));
          probes.add(new Probe("question", question, null, null));
        }
        default ->
            probes.add(
                new Probe(
                    "filtered",
                    List.of(Arrays.copyOfRange(words, from, from + 2)),
                    TYPES.get(random.nextInt(TYPES.size())),
                    2020 + random.nextInt(7)));
      }
    }
    return probes;
  }
}
