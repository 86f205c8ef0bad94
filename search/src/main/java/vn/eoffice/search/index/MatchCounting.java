package vn.eoffice.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
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
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;

/**
 * Counts every match of a search, in all and by facet value, in one pass: each match's facet
 * ordinals are counted as it is found, instead of the matches being gathered first and their
 * ordinals read in a second pass.
 */
final class MatchCounting
    implements CollectorManager<MatchCounting.Counter, MatchCounting.Counted> {

  /** The total and, per facet, the values with their counts, most frequent first. */
  record Counted(long total, Map<Facet, List<SearchResult.FacetCount>> facets) {}

  /** Values shown per facet. */
  private static final int SHOWN = 50;

  /** The facet ordinals of the searcher's reader; null when no document has a facet yet. */
  private final SortedSetDocValuesReaderState state;

  private final OrdinalMap ordinals;

  MatchCounting(SortedSetDocValuesReaderState state) throws IOException {
    this.state = state;
    this.ordinals =
        state != null && state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues many
            ? many.mapping
            : null;
  }

  @Override
  public Counter newCollector() {
    return new Counter(state == null ? 0 : state.getSize());
  }

  @Override
  public Counted reduce(Collection<Counter> counters) throws IOException {
    long total = 0;
    int[] counts = new int[state == null ? 0 : state.getSize()];
    for (Counter counter : counters) {
      total += counter.total;
      for (int i = 0; i < counts.length; i++) {
        counts[i] += counter.counts[i];
      }
    }
    Map<Facet, List<SearchResult.FacetCount>> facets = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      facets.put(facet, state == null ? List.of() : top(facet, counts));
    }
    return new Counted(total, facets);
  }

  /** The facet's values by count, most first (equal counts in the values' order). */
  private List<SearchResult.FacetCount> top(Facet facet, int[] counts) throws IOException {
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
    found.sort((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : a - b);
    SortedSetDocValues labels = state.getDocValues();
    List<SearchResult.FacetCount> values = new ArrayList<>();
    for (int ord : found.subList(0, Math.min(SHOWN, found.size()))) {
      String[] path = FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString());
      values.add(new SearchResult.FacetCount(path[path.length - 1], counts[ord]));
    }
    return values;
  }

  /** Counts the matches of every segment into the reader's facet ordinals. */
  final class Counter implements Collector {
    private final int[] counts;
    private long total;

    Counter(int ordinalsCount) {
      this.counts = new int[ordinalsCount];
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
      SortedSetDocValues values =
          state == null
              ? DocValues.emptySortedSet()
              : DocValues.getSortedSet(leaf.reader(), state.getField());
      LongValues global = ordinals == null ? null : ordinals.getGlobalOrds(leaf.ord);
      // With one segment its ordinals are the reader's; with several, a segment's counts are
      // carried over to the reader's ordinals when the segment is done.
      int[] segment = global == null ? counts : new int[(int) values.getValueCount()];
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          total++;
          if (values.advanceExact(doc)) {
            for (int i = values.docValueCount(); i > 0; i--) {
              segment[(int) values.nextOrd()]++;
            }
          }
        }

        @Override
        public void finish() {
          if (global != null) {
            for (int ord = 0; ord < segment.length; ord++) {
              if (segment[ord] != 0) {
                counts[(int) global.get(ord)] += segment[ord];
              }
            }
          }
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
