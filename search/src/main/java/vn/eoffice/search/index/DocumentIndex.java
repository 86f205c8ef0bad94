package vn.eoffice.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The documents' search index: one Lucene document per e-Office document, kept up to date by {@link
 * #put} and {@link #remove}. Changes become searchable within a second without a commit
 * (near-real-time readers refreshed in the background); {@link #commit} makes them durable and
 * remembers up to which change of the caller's journal the index is complete, so that after a crash
 * the caller replays only what follows.
 *
 * <p>Every search is limited to the documents the searcher may read (the {@code access} keys), and
 * so are its total, its facet counts and its snippets. This class keeps the index's life (writer,
 * near-real-time readers, commits, rebuilds); {@link LuceneDocuments} maps a document to fields,
 * {@link SearchQueries} reads the search box's language, {@link IndexSearch} searches.
 */
public final class DocumentIndex implements Closeable {

  private static final String COMMITTED_THROUGH = "eoffice.committedThrough";

  /**
   * The fields' layout. An index written with another layout is started afresh when opened (its
   * owner then rebuilds it from the database): Lucene refuses a field indexed in a new way. From 8
   * the access keys carry the agency.
   */
  static final String SCHEMA = "8";

  private static final String SCHEMA_KEY = "eoffice.schema";

  /** The writer's buffer while the whole index is rebuilt, at most. */
  static final int REBUILD_BUFFER_MB = 256;

  private final Directory directory;
  private final Analyzer analyzer = IndexFields.analyzer();
  private final IndexSearch search = new IndexSearch();
  private final FacetsConfig facetsConfig = facetsConfig();
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

  /**
   * The facets as sorted-set doc values, without Lucene's drill-down terms: each facet's filter has
   * its own exact term ({@link IndexFields#filter}), and the same terms twice would only be written
   * twice.
   */
  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (Facet facet : Facet.values()) {
      config.setDrillDownTermsIndexing(facet.key(), FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return config;
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
          facetsConfig.build(LuceneDocuments.of(document)));
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
   * <p>The writer buffers more documents in memory while it rebuilds (up to {@link
   * #REBUILD_BUFFER_MB}, at most an eighth of the heap): fewer, larger segments are written, and
   * fewer merged afterwards. The segments are merged as Lucene's merge policy decides, in the
   * background, not forced into one: forcing them took an eighth of the rebuild's time (2.6 s of
   * 20.8 for 100,000 documents) for searches no faster than a run's noise.
   */
  public void rebuild(Iterable<IndexedDocument> documents, long through, LongConsumer progress) {
    double buffer = writer.getConfig().getRAMBufferSizeMB();
    try {
      writer
          .getConfig()
          .setRAMBufferSizeMB(
              Math.max(
                  buffer,
                  Math.min(REBUILD_BUFFER_MB, Runtime.getRuntime().maxMemory() / 8 / (1 << 20))));
      writer.deleteAll();
      long count = 0;
      for (IndexedDocument document : documents) {
        writer.addDocument(facetsConfig.build(LuceneDocuments.of(document)));
        if (++count % 1000 == 0) {
          progress.accept(count);
        }
      }
      commit(through);
      // Searches see the rebuilt index as soon as the rebuild is reported done.
      searchers.maybeRefreshBlocking();
      progress.accept(count);
    } catch (IOException e) {
      throw new UncheckedIOException("the search index cannot be rebuilt", e);
    } finally {
      writer.getConfig().setRAMBufferSizeMB(buffer);
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
        return search.search(searcher, request, exactMatches);
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
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return search.similar(searcher, text, access, threshold);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the similar documents could not be looked up", e);
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
}
