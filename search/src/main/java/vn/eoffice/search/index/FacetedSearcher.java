package vn.eoffice.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** A searcher with the facet ordinals of its reader and its highlighter, made once per reader. */
final class FacetedSearcher extends IndexSearcher {

  /** About two lines of a snippet, in characters. */
  private static final int SNIPPET_LENGTH = 160;

  final SortedSetDocValuesReaderState state;
  private final UnifiedHighlighter.Builder highlighting;

  /**
   * Only the searcher's access filter is kept as bit sets: it is the same on every search of that
   * user. A search's own words are rarely searched again exactly, and keeping them would cost, on
   * the searches that fill the cache, a pass over every document they match.
   */
  private static final QueryCachingPolicy ACCESS_ONLY =
      new QueryCachingPolicy() {
        @Override
        public void onUse(Query query) {}

        @Override
        public boolean shouldCache(Query query) {
          return query instanceof TermInSetQuery terms
              && IndexFields.ACCESS.equals(terms.getField());
        }
      };

  FacetedSearcher(
      IndexReader reader, FacetsConfig config, Analyzer analyzer, LRUQueryCache filters) {
    super(reader);
    setQueryCache(filters);
    setQueryCachingPolicy(ACCESS_ONLY);
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
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
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
