package vn.eoffice.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import vn.eoffice.search.analysis.AnalyzedTerms;
import vn.eoffice.search.analysis.ExactSyllableAnalyzer;
import vn.eoffice.search.analysis.Notations;
import vn.eoffice.search.analysis.VietnameseAnalyzer;
import vn.eoffice.search.compare.Fingerprint;
import vn.eoffice.search.index.SearchSyntax.Clause;
import vn.eoffice.search.index.SearchSyntax.FieldValue;
import vn.eoffice.search.index.SearchSyntax.Notation;
import vn.eoffice.search.index.SearchSyntax.Phrase;
import vn.eoffice.search.index.SearchSyntax.Word;

/**
 * The documents' search index: one Lucene document per e-Office document, kept up to date by {@link
 * #put} and {@link #remove}. Changes become searchable within a second without a commit
 * (near-real-time readers refreshed in the background); {@link #commit} makes them durable and
 * remembers up to which change of the caller's journal the index is complete, so that after a crash
 * the caller replays only what follows.
 *
 * <p>Every search is limited to the documents the searcher may read (the {@code access} keys), and
 * so are its total, its facet counts and its snippets.
 */
public final class DocumentIndex implements Closeable {

  private static final String COMMITTED_THROUGH = "eoffice.committedThrough";

  /**
   * The fields' layout. An index written with another layout is started afresh when opened (its
   * owner then rebuilds it from the database): Lucene refuses a field indexed in a new way.
   */
  static final String SCHEMA = "4";

  private static final String SCHEMA_KEY = "eoffice.schema";

  /** Subject and content with offsets in the postings: snippets need no re-analysis. */
  private static final FieldType WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    WITH_OFFSETS.freeze();
  }

  private final Directory directory;
  private final Analyzer analyzer = IndexFields.analyzer();
  private final Analyzer syllables = new VietnameseAnalyzer(false);
  private final Analyzer withPairs = new VietnameseAnalyzer(true);
  private final Analyzer exact = new ExactSyllableAnalyzer();
  private final FacetsConfig facetsConfig = new FacetsConfig();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ControlledRealTimeReopenThread<IndexSearcher> reopener;

  /**
   * The documents of a segment each filter lets through, kept for the filters used again and again:
   * a searcher's access keys above all. Unlike Lucene's default, a filter is kept even when it lets
   * through far more documents than the words find: it is the same filter for every search of that
   * user, and advancing over a kept bit set costs next to nothing, where the keys' posting lists
   * cost a merge for every match.
   */
  private final LRUQueryCache filters =
      new LRUQueryCache(
          1000, 64L << 20, leaf -> leaf.reader().maxDoc() >= 10_000, Float.POSITIVE_INFINITY);

  /** Matches counted one by one before a broad search's counts are estimated (tests lower it). */
  int exactMatches = MatchCounting.EXACT_MATCHES;

  private DocumentIndex(Directory directory) throws IOException {
    this.directory = directory;
    boolean sameLayout =
        !DirectoryReader.indexExists(directory)
            || SCHEMA.equals(
                SegmentInfos.readLatestCommit(directory).getUserData().get(SCHEMA_KEY));
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setOpenMode(
                sameLayout
                    ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
                    : IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(directory, config);
    if (!sameLayout) {
      commit(0);
    }
    this.searchers =
        new SearcherManager(
            writer,
            new SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new FacetedSearcher(reader, facetsConfig, analyzer, filters);
              }
            });
    this.reopener = new ControlledRealTimeReopenThread<>(writer, searchers, 1.0, 0.025);
    reopener.setName("search-index-refresh");
    reopener.setDaemon(true);
    reopener.start();
  }

  /** The index in this folder, created when absent. */
  public static DocumentIndex open(Path folder) {
    try {
      return new DocumentIndex(FSDirectory.open(folder));
    } catch (IOException e) {
      throw new UncheckedIOException("the search index in " + folder + " cannot be opened", e);
    }
  }

  /** An index in memory, for tests and measurements. */
  public static DocumentIndex inMemory() {
    try {
      return new DocumentIndex(new ByteBuffersDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Adds the document or replaces its earlier state.
   *
   * @return the change's generation, for {@link #awaitSearchable}
   */
  public long put(IndexedDocument document) {
    try {
      return writer.updateDocument(
          new Term(IndexFields.ID, String.valueOf(document.id())),
          facetsConfig.build(luceneDocument(document)));
    } catch (IOException e) {
      throw new UncheckedIOException("document " + document.id() + " cannot be indexed", e);
    }
  }

  /** Takes the document out; nothing happens when it is not there. */
  public long remove(long id) {
    try {
      return writer.deleteDocuments(new Term(IndexFields.ID, String.valueOf(id)));
    } catch (IOException e) {
      throw new UncheckedIOException("document " + id + " cannot be removed from the index", e);
    }
  }

  /** Waits until searches see the change of that generation (at most about a second). */
  public void awaitSearchable(long generation) throws InterruptedException {
    reopener.waitForGeneration(generation);
  }

  /**
   * Replaces the whole index with these documents, committing at the end (a crash midway leaves the
   * previous commit). {@code progress} hears the count after every thousand and at the end.
   *
   * <p>The rebuilt index is merged into one segment: an office's archive is searched far more often
   * than written, and every segment adds to each search its own term lookups, filter bits and facet
   * ordinals (a search on 100,000 documents takes a fifth less time on one segment than on the
   * fifteen the writing leaves). The documents changed afterwards go to new small segments.
   */
  public void rebuild(Iterable<IndexedDocument> documents, long through, LongConsumer progress) {
    try {
      writer.deleteAll();
      long count = 0;
      for (IndexedDocument document : documents) {
        writer.addDocument(facetsConfig.build(luceneDocument(document)));
        if (++count % 1000 == 0) {
          progress.accept(count);
        }
      }
      writer.forceMerge(1);
      commit(through);
      // Searches see the rebuilt index as soon as the rebuild is reported done.
      searchers.maybeRefreshBlocking();
      progress.accept(count);
    } catch (IOException e) {
      throw new UncheckedIOException("the search index cannot be rebuilt", e);
    }
  }

  /**
   * Makes every change so far durable and records that the index holds the caller's changes up to
   * {@code through}.
   */
  public void commit(long through) {
    try {
      writer.setLiveCommitData(
          Map.of(COMMITTED_THROUGH, Long.toString(through), SCHEMA_KEY, SCHEMA).entrySet());
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("the search index cannot be committed", e);
    }
  }

  /** What the last {@link #commit} recorded; 0 for a new index. */
  public long committedThrough() {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> entry : data) {
        if (COMMITTED_THROUGH.equals(entry.getKey())) {
          return Long.parseLong(entry.getValue());
        }
      }
    }
    return 0;
  }

  /** Documents searchable now. */
  public int size() {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public SearchResult search(SearchRequest request) {
    try {
      FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
      try {
        return search(searcher, request);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the search failed", e);
    }
  }

  /**
   * The readable documents whose content is nearly the same text as this one (at least {@code
   * threshold} of their word shingles in common, estimated by MinHash), most similar first.
   *
   * @param access the searcher's keys: documents they may not read are never candidates
   */
  public List<SimilarDocument> similar(String text, Set<String> access, double threshold) {
    Fingerprint fingerprint = Fingerprint.of(text);
    if (fingerprint == null || access.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder bands = new BooleanQuery.Builder();
    for (String key : fingerprint.bandKeys()) {
      bands.add(new TermQuery(new Term(IndexFields.FINGERPRINT_BAND, key)), Occur.SHOULD);
    }
    Query candidates =
        new BooleanQuery.Builder()
            .add(bands.build(), Occur.MUST)
            .add(readableWith(access), Occur.FILTER)
            .build();
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        TopDocs top = searcher.search(candidates, SIMILAR_CANDIDATES);
        StoredFields stored = searcher.storedFields();
        List<SimilarDocument> similar = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
          Document document = stored.document(hit.doc, SIMILAR_SHOWN);
          BytesRef bytes = document.getBinaryValue(IndexFields.FINGERPRINT);
          double similarity =
              fingerprint.similarity(
                  Fingerprint.fromBytes(
                      Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length)));
          if (similarity >= threshold) {
            similar.add(
                new SimilarDocument(
                    Long.parseLong(document.get(IndexFields.ID)),
                    document.get(IndexFields.NOTATION),
                    document.get(IndexFields.SUBJECT),
                    similarity));
          }
        }
        similar.sort(java.util.Comparator.comparingDouble(SimilarDocument::similarity).reversed());
        return similar;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the similar documents could not be looked up", e);
    }
  }

  private static final int SIMILAR_CANDIDATES = 50;

  private static final java.util.Set<String> SIMILAR_SHOWN =
      java.util.Set.of(
          IndexFields.ID, IndexFields.NOTATION, IndexFields.SUBJECT, IndexFields.FINGERPRINT);

  private SearchResult search(FacetedSearcher searcher, SearchRequest request) throws IOException {
    Queries queries = queries(request);
    int wanted = request.offset() + request.limit();
    boolean byRelevance = request.order() == SearchRequest.Order.RELEVANCE;
    boolean rescore = byRelevance && queries.boosts() != null;
    // Two passes over the matches. One counts them and their facet values, without scores (a broad
    // search's beyond the first ten thousand estimated, see MatchCounting). The other finds the
    // best by the words alone among the readable matches, skipping the matches that can no longer
    // make the best (block-max WAND, or the date order's points); then the boosts (words in the
    // subject, syllables side by side, exact diacritics) reorder the best three pages.
    MatchCounting.Counted counted =
        new MatchCounting(searcher.state, exactMatches)
            .count(
                searcher,
                new BooleanQuery.Builder()
                    .add(queries.matching(), Occur.MUST)
                    .add(queries.readable(), Occur.FILTER)
                    .build(),
                request.exactCounts());
    int ranked = rescore ? RESCORED_PAGES * wanted : wanted;
    TopDocs top =
        byRelevance
            ? searcher.search(
                queries.matching(),
                new ReadableOnly<>(
                    searcher,
                    queries.readable(),
                    new TopScoreDocCollectorManager(ranked, null, ranked)))
            : searcher.search(
                queries.matching(),
                new ReadableOnly<>(
                    searcher,
                    queries.readable(),
                    new TopFieldCollectorManager(sort(request.order()), wanted, null, wanted)));
    if (rescore) {
      top = boosted(searcher, top, queries.boosts(), wanted);
    }
    return new SearchResult(
        counted.total(), hits(searcher, request, queries, top), counted.facets(), counted.exact());
  }

  /** The page's hits with their shown fields and snippets. */
  private List<SearchResult.Hit> hits(
      FacetedSearcher searcher, SearchRequest request, Queries queries, TopDocs top)
      throws IOException {
    ScoreDoc[] page =
        Arrays.copyOfRange(
            top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length), top.scoreDocs.length);
    // Each hit's stored fields read once, for the hit and for its snippets.
    StoredFields stored = searcher.storedFields();
    Map<Integer, Document> documents = new java.util.HashMap<>();
    for (ScoreDoc hit : page) {
      documents.put(hit.doc, stored.document(hit.doc, SHOWN));
    }
    Map<String, String[]> snippets =
        page.length == 0 || queries.highlight() == null
            ? Map.of()
            : searcher
                .highlighter(documents)
                .highlightFields(
                    new String[] {IndexFields.SUBJECT, IndexFields.CONTENT},
                    queries.highlight(),
                    new TopDocs(top.totalHits, page),
                    new int[] {1, 2});
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      Document document = documents.get(page[i].doc);
      Map<String, String> highlights = new LinkedHashMap<>();
      for (String field : List.of(IndexFields.SUBJECT, IndexFields.CONTENT)) {
        String[] passages = snippets.get(field);
        if (passages != null && passages[i] != null && !passages[i].isBlank()) {
          highlights.put(field, passages[i]);
        }
      }
      IndexableNumber number = IndexableNumber.of(document.getField(IndexFields.NUMBER));
      IndexableNumber date = IndexableNumber.of(document.getField(IndexFields.DATE));
      hits.add(
          new SearchResult.Hit(
              Long.parseLong(document.get(IndexFields.ID)),
              Float.isNaN(page[i].score) ? 0 : page[i].score,
              document.get(IndexFields.DIRECTION),
              number == null ? null : (int) number.value(),
              document.get(IndexFields.NOTATION),
              date == null ? null : LocalDate.ofEpochDay(date.value()),
              document.get(IndexFields.TYPE),
              document.get(IndexFields.SUBJECT),
              document.get(IndexFields.ISSUER),
              document.get(IndexFields.STATUS),
              highlights));
    }
    return hits;
  }

  private record IndexableNumber(long value) {
    static IndexableNumber of(org.apache.lucene.index.IndexableField field) {
      return field == null || field.numericValue() == null
          ? null
          : new IndexableNumber(field.numericValue().longValue());
    }
  }

  private static Sort sort(SearchRequest.Order order) {
    return new Sort(
        new SortField(IndexFields.DATE, SortField.Type.LONG, order != SearchRequest.Order.OLDEST),
        new SortField(
            IndexFields.ID_ORDER, SortField.Type.LONG, order != SearchRequest.Order.OLDEST));
  }

  // ---------------------------------------------------------------------------------------------
  // The query

  /** The stored fields a hit shows or marks its snippets in. */
  private static final java.util.Set<String> SHOWN =
      java.util.Set.of(
          IndexFields.ID,
          IndexFields.CONTENT,
          IndexFields.DIRECTION,
          IndexFields.NUMBER,
          IndexFields.NOTATION,
          IndexFields.DATE,
          IndexFields.TYPE,
          IndexFields.SUBJECT,
          IndexFields.ISSUER,
          IndexFields.STATUS);

  /**
   * What finds the documents (the total, the facet counts, a first ranking by the words), the
   * documents the searcher may read, what reorders the best of them (null: nothing to boost), and
   * the words typed, for the snippets (null: none typed).
   */
  record Queries(Query matching, Query readable, Query boosts, Query highlight) {}

  /** How many pages of the best matches by the words alone the boosts reorder. */
  private static final int RESCORED_PAGES = 3;

  /** About two lines of a snippet, in characters. */
  private static final int SNIPPET_LENGTH = 160;

  /** The best matches reordered by the words' score plus the boosts', as if one query. */
  private static TopDocs boosted(IndexSearcher searcher, TopDocs best, Query boosts, int topN)
      throws IOException {
    return new QueryRescorer(boosts) {
      @Override
      protected float combine(float words, boolean boosted, float boost) {
        return words + (boosted ? boost : 0);
      }
    }.rescore(searcher, best, topN);
  }

  Queries queries(SearchRequest request) {
    if (request.access().isEmpty()) {
      Query none = new MatchNoDocsQuery("the searcher may read nothing");
      return new Queries(none, none, none, null);
    }
    BooleanQuery.Builder matching = new BooleanQuery.Builder();
    List<Query> boosts = new ArrayList<>();
    List<String> marked = new ArrayList<>();
    List<Query> words = new ArrayList<>();
    List<String> wordTexts = new ArrayList<>();
    boolean positive = false;
    for (Clause clause : SearchSyntax.parse(request.query())) {
      Query part;
      if (clause instanceof Word word) {
        part = wordQuery(word.text());
      } else if (clause instanceof Phrase phrase) {
        part = wordQuery(phrase.text());
      } else if (clause instanceof Notation notation) {
        part = new TermQuery(new Term(IndexFields.NOTATION_KEY, Notations.key(notation.text())));
      } else {
        part = fieldQuery((FieldValue) clause);
      }
      if (part == null) {
        continue;
      }
      if (clause.excluded()) {
        matching.add(part, Occur.MUST_NOT);
        continue;
      }
      if (!(clause instanceof Notation)) {
        marked.addAll(AnalyzedTerms.of(syllables, clause.text()));
      }
      if (clause instanceof Word) {
        words.add(part);
        wordTexts.add(clause.text());
      } else {
        matching.add(part, Occur.MUST);
        positive = true;
      }
    }
    if (!words.isEmpty()) {
      BooleanQuery.Builder core = new BooleanQuery.Builder();
      words.forEach(w -> core.add(w, Occur.SHOULD));
      core.setMinimumNumberShouldMatch(mostOf(words.size()));
      matching.add(core.build(), Occur.MUST);
      positive = true;
      String together = String.join(" ", wordTexts);
      // A word in the subject, the số ký hiệu or the issuer weighs more than one in the text.
      for (String term : AnalyzedTerms.of(syllables, together)) {
        boosts.add(anyField(term, IndexFields.WORD_FIELDS));
      }
      // Syllables typed side by side rank the documents that hold them side by side first.
      for (String pair : AnalyzedTerms.of(withPairs, together)) {
        if (pair.indexOf(' ') > 0) {
          boosts.add(anyField(pair, Map.of(IndexFields.SUBJECT, 3f, IndexFields.ALL, 1f)));
        }
      }
      // Exactly the diacritics typed, in the subject, rank above words that only fold to the same
      // letters (in the long text the same check would cost more than it tells).
      for (String term : AnalyzedTerms.of(exact, together)) {
        boosts.add(new BoostQuery(new TermQuery(new Term(IndexFields.SUBJECT_EXACT, term)), 1.5f));
      }
    }
    if (!positive) {
      matching.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    for (Map.Entry<Facet, List<String>> filter : request.filters().entrySet()) {
      if (filter.getValue().isEmpty()) {
        continue;
      }
      BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
      for (String value : filter.getValue()) {
        anyOf.add(
            new TermQuery(new Term(IndexFields.filter(filter.getKey()), value)), Occur.SHOULD);
      }
      matching.add(anyOf.build(), Occur.FILTER);
    }
    BooleanQuery.Builder boosting = new BooleanQuery.Builder();
    boosts.forEach(b -> boosting.add(b, Occur.SHOULD));
    Query highlight = null;
    if (!marked.isEmpty()) {
      BooleanQuery.Builder terms = new BooleanQuery.Builder();
      for (String term : new java.util.LinkedHashSet<>(marked)) {
        terms.add(new TermQuery(new Term(IndexFields.SUBJECT, term)), Occur.SHOULD);
        terms.add(new TermQuery(new Term(IndexFields.CONTENT, term)), Occur.SHOULD);
      }
      highlight = terms.build();
    }
    return new Queries(
        matching.build(),
        readableWith(request.access()),
        boosts.isEmpty() ? null : boosting.build(),
        highlight);
  }

  /** The documents sharing one of the searcher's keys. */
  private static Query readableWith(Set<String> access) {
    return new TermInSetQuery(IndexFields.ACCESS, access.stream().map(BytesRef::new).toList());
  }

  /** All of one or two words, three of four, most of a longer question. */
  private static int mostOf(int words) {
    return words <= 3 ? words : (int) Math.ceil(words * 0.75);
  }

  /**
   * A word, or the syllables of a phrase in order, anywhere in the document. The index holds every
   * pair of neighbouring syllables as one term, so a phrase is found by its pairs: two syllables
   * are one term (no positions to check), three or more are their pairs one after the other, far
   * rarer than the single syllables.
   */
  private Query wordQuery(String text) {
    List<String> terms = AnalyzedTerms.of(syllables, text);
    if (terms.size() <= 1) {
      return terms.isEmpty() ? null : new TermQuery(new Term(IndexFields.ALL, terms.get(0)));
    }
    PhraseQuery.Builder pairs = new PhraseQuery.Builder();
    for (int i = 0; i + 1 < terms.size(); i++) {
      pairs.add(new Term(IndexFields.ALL, terms.get(i) + " " + terms.get(i + 1)), i);
    }
    return terms.size() == 2
        ? new TermQuery(new Term(IndexFields.ALL, terms.get(0) + " " + terms.get(1)))
        : pairs.build();
  }

  private Query fieldQuery(FieldValue clause) {
    String value = clause.text().strip();
    return switch (clause.field()) {
      case NOTATION -> new TermQuery(new Term(IndexFields.NOTATION_KEY, Notations.key(value)));
      case YEAR -> new TermQuery(new Term(IndexFields.filter(Facet.YEAR), value));
      case DIRECTION ->
          new TermQuery(new Term(IndexFields.filter(Facet.DIRECTION), direction(value)));
      case STATUS ->
          new TermQuery(new Term(IndexFields.filter(Facet.STATUS), value.toUpperCase(Locale.ROOT)));
      case TYPE -> inField(IndexFields.TYPE, value);
      case ISSUER -> inField(IndexFields.ISSUER, value);
      case SIGNER -> inField(IndexFields.SIGNER, value);
      case SUBJECT -> inField(IndexFields.SUBJECT, value);
      case CONTENT -> inField(IndexFields.CONTENT, value);
      case HANDLER -> inField(IndexFields.HANDLERS, value);
    };
  }

  private static String direction(String value) {
    String folded = Notations.key(value);
    return switch (folded) {
      case "DEN", "INCOMING" -> "INCOMING";
      case "DI", "OUTGOING" -> "OUTGOING";
      default -> folded;
    };
  }

  private Query inField(String field, String text) {
    List<String> terms = AnalyzedTerms.of(syllables, text);
    if (terms.isEmpty()) {
      return null;
    }
    return terms.size() == 1
        ? new TermQuery(new Term(field, terms.get(0)))
        : new PhraseQuery(field, terms.toArray(String[]::new));
  }

  private static Query anyField(String term, Map<String, Float> fields) {
    List<Query> perField = new ArrayList<>();
    fields.forEach(
        (field, boost) ->
            perField.add(new BoostQuery(new TermQuery(new Term(field, term)), boost)));
    return new DisjunctionMaxQuery(perField, 0.1f);
  }

  // ---------------------------------------------------------------------------------------------
  // The document

  private static Document luceneDocument(IndexedDocument d) {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.ID, String.valueOf(d.id()), Field.Store.YES));
    for (String key : d.access()) {
      doc.add(new StringField(IndexFields.ACCESS, key, Field.Store.NO));
    }
    for (String value :
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(
                    d.subject(), d.notation(), d.issuer(), d.type(), d.signer(), d.content()),
                d.handlers().stream())
            .toList()) {
      text(doc, IndexFields.ALL, value, false);
    }
    doc.add(new NumericDocValuesField(IndexFields.ID_ORDER, d.id()));
    if (d.subject() != null && !d.subject().isBlank()) {
      doc.add(new Field(IndexFields.SUBJECT, d.subject(), WITH_OFFSETS));
    }
    text(doc, IndexFields.SUBJECT_EXACT, d.subject(), false);
    if (!d.content().isBlank()) {
      doc.add(new Field(IndexFields.CONTENT, d.content(), WITH_OFFSETS));
    }
    text(doc, IndexFields.ISSUER, d.issuer(), true);
    text(doc, IndexFields.SIGNER, d.signer(), false);
    text(doc, IndexFields.TYPE, d.type(), true);
    text(doc, IndexFields.NOTATION, d.notation(), true);
    for (String handler : d.handlers()) {
      text(doc, IndexFields.HANDLERS, handler, false);
    }
    if (d.notation() != null && !d.notation().isBlank()) {
      doc.add(
          new StringField(IndexFields.NOTATION_KEY, Notations.key(d.notation()), Field.Store.NO));
    }
    Fingerprint fingerprint = Fingerprint.of(d.content());
    if (fingerprint != null) {
      for (String key : fingerprint.bandKeys()) {
        doc.add(new StringField(IndexFields.FINGERPRINT_BAND, key, Field.Store.NO));
      }
      doc.add(new StoredField(IndexFields.FINGERPRINT, fingerprint.toBytes()));
    }
    long day = d.date() == null ? 0 : d.date().toEpochDay();
    doc.add(new NumericDocValuesField(IndexFields.DATE, day));
    doc.add(new LongPoint(IndexFields.DATE, day));
    if (d.date() != null) {
      doc.add(new StoredField(IndexFields.DATE, day));
    }
    if (d.number() != null) {
      doc.add(new StoredField(IndexFields.NUMBER, d.number()));
    }
    doc.add(new StoredField(IndexFields.DIRECTION, d.direction()));
    if (d.status() != null) {
      doc.add(new StoredField(IndexFields.STATUS, d.status()));
    }
    facet(doc, Facet.YEAR, d.year() == null ? null : d.year().toString());
    facet(doc, Facet.TYPE, d.type());
    facet(doc, Facet.ISSUER, d.issuer());
    facet(doc, Facet.REGISTER, d.register());
    facet(doc, Facet.DIRECTION, d.direction());
    facet(doc, Facet.URGENCY, d.urgency());
    facet(doc, Facet.STATUS, d.status());
    return doc;
  }

  private static void text(Document doc, String field, String value, boolean stored) {
    if (value != null && !value.isBlank()) {
      doc.add(new TextField(field, value, stored ? Field.Store.YES : Field.Store.NO));
    }
  }

  private static void facet(Document doc, Facet facet, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new SortedSetDocValuesFacetField(facet.key(), value));
      doc.add(new StringField(IndexFields.filter(facet), value, Field.Store.NO));
    }
  }

  @Override
  public void close() {
    try {
      // Each part is closed even when one before it fails: a writer left open keeps the folder's
      // lock, and the next deployment in this JVM could not open the index.
      org.apache.lucene.util.IOUtils.close(reopener, searchers, writer, directory);
    } catch (IOException e) {
      throw new UncheckedIOException("the search index did not close cleanly", e);
    }
  }

  /** A searcher with the facet ordinals of its reader, made once per reader. */
  private static final class FacetedSearcher extends IndexSearcher {

    final SortedSetDocValuesReaderState state;
    private final UnifiedHighlighter.Builder highlighting;

    FacetedSearcher(
        IndexReader reader, FacetsConfig config, Analyzer analyzer, LRUQueryCache filters) {
      super(reader);
      setQueryCache(filters);
      this.highlighting =
          UnifiedHighlighter.builder(this, analyzer)
              .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
              // Offsets straight from the postings, term by term: far cheaper than asking every
              // clause for its matches, and the words of a phrase are marked wherever they occur.
              .withWeightMatches(false)
              .withScorer(new SnippetScorer())
              .withHighlightPhrasesStrictly(false)
              // Passages of about two lines cut at sentence ends.
              .withBreakIterator(
                  () ->
                      LengthGoalBreakIterator.createClosestToLength(
                          new CustomSeparatorBreakIterator('.'), SNIPPET_LENGTH, 0.3f));
      SortedSetDocValuesReaderState made;
      try {
        made = new DefaultSortedSetDocValuesReaderState(reader, config);
      } catch (IllegalArgumentException | IOException noFacetsYet) {
        made = null;
      }
      this.state = made;
    }

    /** A highlighter marking the text of these documents, already read, by their doc ids. */
    UnifiedHighlighter highlighter(Map<Integer, Document> documents) {
      return new UnifiedHighlighter(highlighting) {
        @Override
        protected List<CharSequence[]> loadFieldValues(
            String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
          List<CharSequence[]> values = new ArrayList<>();
          for (int doc = docs.nextDoc();
              doc != DocIdSetIterator.NO_MORE_DOCS;
              doc = docs.nextDoc()) {
            Document document = documents.get(doc);
            CharSequence[] texts = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) {
              String text = document.get(fields[i]);
              texts[i] = text == null ? "" : text;
            }
            values.add(texts);
          }
          return values;
        }
      };
    }
  }
}
