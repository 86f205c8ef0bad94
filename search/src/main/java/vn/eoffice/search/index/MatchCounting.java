package vn.eoffice.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.LongValues;

/**
 * Counts the matches of a search, in all and by facet value, in one pass: each match's facet
 * ordinals are counted as it is found.
 *
 * <p>Up to {@link #EXACT_MATCHES} matches every match is counted. A broader search (a common word
 * matching half the archive) is counted exactly up to that many matches from the start of the
 * index, and the rest of the index is estimated from stretches of it spread evenly and holding
 * about as many matches again: the total and the facet counts are then estimates, rounded to what
 * they can tell, and the result says so. Visiting every one of a hundred thousand matches would
 * cost more than all the rest of the search; an estimate within a few percent tells the reader as
 * much, and a facet or a narrower query gives exact counts again. The same readable-only query is
 * counted either way, so an estimate, like an exact count, comes from documents the searcher may
 * read only.
 */
final class MatchCounting {

  /** Matches counted one by one before the rest are estimated. */
  static final int EXACT_MATCHES = 10_000;

  /** The stretches of the index a broad search's estimate is taken from. */
  private static final int STRETCHES = 64;

  /** The total and, per facet, the values with their counts, most frequent first. */
  record Counted(long total, Map<Facet, List<SearchResult.FacetCount>> facets, boolean exact) {}

  /** Values shown per facet. */
  private static final int SHOWN = 50;

  /** The facet ordinals of the searcher's reader; null when no document has a facet yet. */
  private final SortedSetDocValuesReaderState state;

  private final OrdinalMap ordinals;
  private final int exactMatches;

  /**
   * @param exactMatches matches counted one by one before the rest are estimated ({@link
   *     #EXACT_MATCHES}; lower in tests on small indexes)
   */
  MatchCounting(SortedSetDocValuesReaderState state, int exactMatches) throws IOException {
    this.state = state;
    this.ordinals =
        state != null && state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues many
            ? many.mapping
            : null;
    this.exactMatches = exactMatches;
  }

  /**
   * Counts the query's matches.
   *
   * @param exact count every match however many there are (for exports and on request)
   */
  Counted count(IndexSearcher searcher, Query query, boolean exact) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
    List<Segment> segments = new ArrayList<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      segments.add(new Segment(leaf, weight.scorer(leaf)));
    }
    int maxDoc = searcher.getIndexReader().maxDoc();
    int limit = exact ? Integer.MAX_VALUE : exactMatches;
    // One by one from the start of the index until the limit.
    long counted = 0;
    int next = maxDoc;
    for (Segment segment : segments) {
      counted += segment.countUpTo(limit - counted);
      if (counted >= limit) {
        next = segment.docBase + segment.matches.docID() + 1;
        break;
      }
    }
    int rest = maxDoc - next;
    double expected = rest * (double) counted / Math.max(1, next);
    boolean estimated = rest > 0 && expected > limit;
    double scale = 1;
    if (!estimated) {
      // Nothing left, or so little that counting it costs no more than estimating it.
      for (Segment segment : segments) {
        segment.countUpTo(Long.MAX_VALUE);
      }
    } else {
      // One stretch in each of evenly spaced parts of the rest, at a place within its part drawn
      // at random (the same places for the same index, so the same search gives the same
      // estimate): together expected to hold about the limit again, whatever the order documents
      // were indexed in.
      double stride = rest / (double) STRETCHES;
      int length =
          (int) Math.max(1, Math.min(Math.floor(stride), Math.ceil(stride * limit / expected)));
      java.util.Random places = new java.util.Random(maxDoc);
      long covered = 0;
      for (int i = 0; i < STRETCHES; i++) {
        int from = next + (int) (i * stride + places.nextDouble() * (stride - length));
        int to = Math.min(maxDoc, from + length);
        sample(segments, from, to);
        covered += to - from;
      }
      scale = rest / (double) covered;
    }
    int[] sure = new int[state == null ? 0 : state.getSize()];
    int[] sampled = new int[sure.length];
    long total = 0;
    long sampledTotal = 0;
    for (Segment segment : segments) {
      segment.addTo(sure, sampled);
      total += segment.sure;
      sampledTotal += segment.sampled;
    }
    Map<Facet, List<SearchResult.FacetCount>> facets = new EnumMap<>(Facet.class);
    double[] counts = new double[sure.length];
    for (int ord = 0; ord < counts.length; ord++) {
      counts[ord] = sure[ord] + sampled[ord] * scale;
    }
    for (Facet facet : Facet.values()) {
      facets.put(facet, state == null ? List.of() : top(facet, counts, estimated));
    }
    return new Counted(
        estimated ? roughly(total + sampledTotal * scale) : total, facets, !estimated);
  }

  /** Counts the matches from global doc id {@code from} (inclusive) to {@code to}, as a sample. */
  private static void sample(List<Segment> segments, int from, int to) throws IOException {
    for (Segment segment : segments) {
      int end = segment.docBase + segment.maxDoc;
      if (end > from && segment.docBase < to) {
        segment.sample(
            Math.max(0, from - segment.docBase), Math.min(segment.maxDoc, to - segment.docBase));
      }
    }
  }

  /**
   * An estimate rounded to what it can tell: whole numbers below a hundred, two significant digits
   * above (52,341 becomes 52,000); never 0 for a value seen.
   */
  static long roughly(double estimate) {
    if (estimate < 100) {
      return Math.max(1, Math.round(estimate));
    }
    double unit = Math.pow(10, Math.floor(Math.log10(estimate)) - 1);
    return Math.round(estimate / unit) * (long) unit;
  }

  /** The facet's values by count, most first (equal counts in the values' order). */
  private List<SearchResult.FacetCount> top(Facet facet, double[] counts, boolean estimated)
      throws IOException {
    SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(facet.key());
    if (range == null) {
      return List.of();
    }
    List<Integer> found = new ArrayList<>();
    for (int ord = range.start; ord <= range.end; ord++) {
      if (counts[ord] > 0) {
        found.add(ord);
      }
    }
    found.sort((a, b) -> counts[a] != counts[b] ? Double.compare(counts[b], counts[a]) : a - b);
    SortedSetDocValues labels = state.getDocValues();
    List<SearchResult.FacetCount> values = new ArrayList<>();
    for (int ord : found.subList(0, Math.min(SHOWN, found.size()))) {
      String[] path = FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString());
      values.add(
          new SearchResult.FacetCount(
              path[path.length - 1], estimated ? roughly(counts[ord]) : (long) counts[ord]));
    }
    return values;
  }

  /** One segment's matches, counted one by one and as a sample, by the segment's ordinals. */
  private final class Segment {
    final int docBase;
    final int maxDoc;
    final DocIdSetIterator matches;
    private final Bits live;
    private final SortedSetDocValues values;
    private final LongValues global;
    private final int[] sureCounts;
    private int[] sampledCounts;
    long sure;
    long sampled;

    Segment(LeafReaderContext leaf, Scorer scorer) throws IOException {
      this.docBase = leaf.docBase;
      this.maxDoc = leaf.reader().maxDoc();
      this.matches = scorer == null ? DocIdSetIterator.empty() : scorer.iterator();
      this.live = leaf.reader().getLiveDocs();
      this.values =
          state == null
              ? DocValues.emptySortedSet()
              : DocValues.getSortedSet(leaf.reader(), state.getField());
      this.global = ordinals == null ? null : ordinals.getGlobalOrds(leaf.ord);
      this.sureCounts = new int[(int) values.getValueCount()];
    }

    /** Counts the next matches one by one, at most {@code most}; returns how many it counted. */
    long countUpTo(long most) throws IOException {
      long before = sure;
      while (sure - before < most && matches.docID() != DocIdSetIterator.NO_MORE_DOCS) {
        int doc = matches.nextDoc();
        if (doc == DocIdSetIterator.NO_MORE_DOCS) {
          break;
        }
        if (live == null || live.get(doc)) {
          sure++;
          tally(doc, sureCounts);
        }
      }
      return sure - before;
    }

    /** Counts the matches from {@code from} to {@code to} (segment doc ids) into the sample. */
    void sample(int from, int to) throws IOException {
      if (sampledCounts == null) {
        sampledCounts = new int[sureCounts.length];
      }
      int doc = matches.docID();
      if (doc < from) {
        doc = matches.advance(from);
      }
      while (doc < to) {
        if (live == null || live.get(doc)) {
          sampled++;
          tally(doc, sampledCounts);
        }
        doc = matches.nextDoc();
      }
    }

    private void tally(int doc, int[] counts) throws IOException {
      if (values.advanceExact(doc)) {
        for (int i = values.docValueCount(); i > 0; i--) {
          counts[(int) values.nextOrd()]++;
        }
      }
    }

    /** Adds this segment's counts to the reader's ordinals. */
    void addTo(int[] sureTotals, int[] sampledTotals) {
      add(sureCounts, sureTotals);
      if (sampledCounts != null) {
        add(sampledCounts, sampledTotals);
      }
    }

    private void add(int[] counts, int[] totals) {
      for (int ord = 0; ord < counts.length; ord++) {
        if (counts[ord] != 0) {
          totals[global == null ? ord : (int) global.get(ord)] += counts[ord];
        }
      }
    }
  }
}
