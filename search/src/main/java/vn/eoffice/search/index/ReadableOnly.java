package vn.eoffice.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Ranks only the documents the searcher may read, checking each match offered to the ranking
 * instead of joining the access filter to the words.
 *
 * <p>A filter joined to the words is advanced for every candidate and stops the ranking from
 * skipping whole blocks of postings whose best score cannot enter the top (block-max WAND); checked
 * at collection, the filter is advanced only to the few matches that could still enter, and the
 * ranking skips as it does without a filter. The searcher's access filter is the same on every
 * search, so the index's filter cache keeps its documents per segment as a bit set.
 */
final class ReadableOnly<C extends Collector, T> implements CollectorManager<Collector, T> {

  private final CollectorManager<C, T> ranking;
  private final Weight readable;
  private final List<C> made = new ArrayList<>();

  ReadableOnly(IndexSearcher searcher, Query readable, CollectorManager<C, T> ranking)
      throws IOException {
    this.ranking = ranking;
    this.readable =
        searcher.createWeight(searcher.rewrite(readable), ScoreMode.COMPLETE_NO_SCORES, 1);
  }

  @Override
  public Collector newCollector() throws IOException {
    C collector = ranking.newCollector();
    synchronized (made) {
      made.add(collector);
    }
    return new Collector() {
      @Override
      public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
        Scorer scorer = readable.scorer(leaf);
        if (scorer == null) {
          // Nothing readable in this segment.
          throw new org.apache.lucene.search.CollectionTerminatedException();
        }
        return new Checked(collector.getLeafCollector(leaf), scorer.iterator());
      }

      @Override
      public ScoreMode scoreMode() {
        return collector.scoreMode();
      }
    };
  }

  @Override
  public T reduce(Collection<Collector> collectors) throws IOException {
    synchronized (made) {
      return ranking.reduce(made);
    }
  }

  /** Passes on the matches the readable documents' iterator holds (matches come in doc order). */
  private static final class Checked implements LeafCollector {
    private final LeafCollector ranked;
    private final DocIdSetIterator readable;

    Checked(LeafCollector ranked, DocIdSetIterator readable) {
      this.ranked = ranked;
      this.readable = readable;
    }

    @Override
    public void setScorer(Scorable scorer) throws IOException {
      ranked.setScorer(scorer);
    }

    @Override
    public void collect(int doc) throws IOException {
      int at = readable.docID();
      if (at < doc) {
        at = readable.advance(doc);
      }
      if (at == doc) {
        ranked.collect(doc);
      }
    }

    @Override
    public DocIdSetIterator competitiveIterator() throws IOException {
      return ranked.competitiveIterator();
    }

    @Override
    public void finish() throws IOException {
      ranked.finish();
    }
  }
}
