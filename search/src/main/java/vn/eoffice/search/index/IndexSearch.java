package vn.eoffice.search.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import vn.eoffice.search.compare.Fingerprint;
import vn.eoffice.search.index.SearchQueries.Queries;

/**
 * A search on one searcher: the page of hits ranked or sorted, with the total, the facet counts and
 * the snippets, all within what the searcher may read; and the documents of nearly the same text.
 */
final class IndexSearch {

  private final SearchQueries language = new SearchQueries();

  /**
   * The readable documents whose content is nearly the same text as this one (at least {@code
   * threshold} of their word shingles in common, estimated by MinHash), most similar first.
   *
   * @param access the searcher's keys: documents they may not read are never candidates
   */
  List<SimilarDocument> similar(
      IndexSearcher searcher, String text, Set<String> access, double threshold)
      throws IOException {
    Fingerprint fingerprint = Fingerprint.of(text);
    if (fingerprint == null || access.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder bands = new BooleanQuery.Builder();
    // Scored by the number of bands shared: the most alike are the first candidates.
    for (long key : fingerprint.bandKeys()) {
      bands.add(LongPoint.newExactQuery(IndexFields.FINGERPRINT_BAND, key), Occur.SHOULD);
    }
    Query candidates =
        new BooleanQuery.Builder()
            .add(bands.build(), Occur.MUST)
            .add(SearchQueries.readableWith(access), Occur.FILTER)
            .build();
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
  }

  private static final int SIMILAR_CANDIDATES = 50;

  private static final java.util.Set<String> SIMILAR_SHOWN =
      java.util.Set.of(
          IndexFields.ID, IndexFields.NOTATION, IndexFields.SUBJECT, IndexFields.FINGERPRINT);

  SearchResult search(FacetedSearcher searcher, SearchRequest request, int exactMatches)
      throws IOException {
    Queries queries = language.of(request);
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
                    .add(queries.counting(), Occur.MUST)
                    .add(queries.readable(), Occur.FILTER)
                    .build(),
                request.exactCounts());
    int ranked = rescore ? RESCORED_PAGES * wanted : wanted;
    // What each match offered to the ranking must be: readable, and found by the words when the
    // ranking also scores documents they do not find.
    Query offered =
        queries.offered() == null
            ? queries.readable()
            : new BooleanQuery.Builder()
                .add(queries.readable(), Occur.FILTER)
                .add(queries.offered(), Occur.FILTER)
                .build();
    TopDocs top =
        byRelevance
            ? searcher.search(
                queries.matching(),
                new ReadableOnly<>(
                    searcher, offered, new TopScoreDocCollectorManager(ranked, null, ranked)))
            : searcher.search(
                queries.matching(),
                new ReadableOnly<>(
                    searcher,
                    offered,
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

  /** How many pages of the best matches by the words alone the boosts reorder. */
  private static final int RESCORED_PAGES = 3;

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
}
