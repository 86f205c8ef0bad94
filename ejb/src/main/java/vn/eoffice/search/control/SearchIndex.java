package vn.eoffice.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.UnitShare;
import vn.eoffice.platform.control.BackgroundWork;
import vn.eoffice.platform.control.Settings;
import vn.eoffice.platform.entity.AgencyScope;
import vn.eoffice.search.entity.SearchJournalEntry;
import vn.eoffice.search.index.DocumentIndex;
import vn.eoffice.search.index.IndexedDocument;
import vn.eoffice.search.index.SearchRequest;
import vn.eoffice.search.index.SearchResult;
import vn.eoffice.search.index.SimilarDocument;

/**
 * The search index under {@code <data>/search-index}, following the database: every quarter of a
 * second it takes in the documents named in the journal, makes them searchable, commits the index
 * and only then deletes those journal entries (a crash in between takes them in again). At start,
 * an index that does not hold as many documents as the database (new, lost, or older than a
 * restored database) is rebuilt from the database; an administrator can rebuild it too.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchIndex {

  private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

  /** Journal entries taken in one go. */
  static final int BATCH = 500;

  /** Documents loaded per page while rebuilding. */
  static final int PAGE = 200;

  @PersistenceContext EntityManager em;
  @Resource TimerService timers;
  @Resource SessionContext context;
  @EJB BackgroundWork work;
  @Inject IndexedDocuments documents;
  @Inject Clock clock;

  private DocumentIndex index;
  private final AtomicBoolean busy = new AtomicBoolean();
  private final Set<Long> reported = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private volatile boolean checkedAtStart;
  private volatile boolean closing;
  private final AtomicLong rebuildDone = new AtomicLong();
  private final AtomicLong rebuildTotal = new AtomicLong();
  private volatile boolean rebuilding;
  private volatile Instant rebuiltAt;

  /** How far a rebuild has come. */
  public record Progress(boolean running, long done, long total, Instant finishedAt) {}

  @PostConstruct
  void open() {
    Path folder = Path.of(Settings.get("eoffice.data.dir").orElse("data")).resolve("search-index");
    index = DocumentIndex.open(folder);
    startTimer();
    SearchIndex self = context.getBusinessObject(SearchIndex.class);
    work.register(WORK, self::restart, self::halt);
    LOG.info(() -> "Search index in " + folder + ": " + index.size() + " documents");
  }

  /** The background work's name ({@link BackgroundWork}). */
  public static final String WORK = "search-index";

  private void startTimer() {
    timers.createIntervalTimer(500, 250, new TimerConfig(null, false));
  }

  /** Makes the timer anew and takes in the journal at once (see {@link BackgroundWork}). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void restart() {
    halt();
    startTimer();
    follow();
  }

  /** Stops the timer, as a lost timer thread would (see {@link BackgroundWork#halt}). */
  public void halt() {
    timers.getTimers().forEach(jakarta.ejb.Timer::cancel);
  }

  /**
   * Stops the timer and waits for a running update or rebuild to let go of the index before closing
   * it: an index closed under a running commit would keep its lock, and the application could not
   * be started again in the same server.
   */
  @PreDestroy
  void close() {
    closing = true;
    try {
      timers.getTimers().forEach(jakarta.ejb.Timer::cancel);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "the index timer could not be cancelled", e);
    }
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (!busy.compareAndSet(false, true) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    index.close();
  }

  public SearchResult search(SearchRequest request) {
    return index.search(request);
  }

  public List<SimilarDocument> similar(String text, Set<String> access, double threshold) {
    return index.similar(text, access, threshold);
  }

  public Progress progress() {
    return new Progress(
        rebuilding || forceRebuild, rebuildDone.get(), rebuildTotal.get(), rebuiltAt);
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void follow() {
    work.ticked(WORK);
    if (closing || !busy.compareAndSet(false, true)) {
      return;
    }
    try {
      if (forceRebuild) {
        rebuildNow();
        return;
      }
      if (!checkedAtStart) {
        checkedAtStart = true;
        // Every agency's: plain SQL, which no agency's scope narrows.
        long inDatabase =
            ((Number) em.createNativeQuery("SELECT COUNT(*) FROM document").getSingleResult())
                .longValue();
        if (inDatabase != index.size()) {
          LOG.info(
              () ->
                  "Search index holds "
                      + index.size()
                      + " documents, the database "
                      + inDatabase
                      + ": rebuilding it");
          rebuildNow();
          return;
        }
      }
      takeInJournal();
    } catch (RuntimeException | Error e) {
      LOG.log(
          closing ? Level.FINE : Level.WARNING,
          "the search index could not take in the latest changes",
          e);
    } finally {
      busy.set(false);
    }
  }

  private void takeInJournal() {
    List<SearchJournalEntry> entries =
        em.createNamedQuery(SearchJournalEntry.OLDEST, SearchJournalEntry.class)
            .setMaxResults(BATCH)
            .getResultList();
    if (entries.isEmpty()) {
      return;
    }
    // Each agency's documents are read in its own scope.
    Map<Long, Set<Long>> changedByAgency = new LinkedHashMap<>();
    entries.forEach(
        e ->
            changedByAgency
                .computeIfAbsent(e.getAgencyId(), agency -> new LinkedHashSet<>())
                .add(e.getDocumentId()));
    Set<Long> changed = new LinkedHashSet<>();
    changedByAgency.values().forEach(changed::addAll);
    Set<Long> failed = new java.util.HashSet<>();
    long generation = 0;
    for (Map.Entry<Long, Set<Long>> agency : changedByAgency.entrySet()) {
      generation =
          Math.max(
              generation,
              AgencyScope.supply(agency.getKey(), () -> takeIn(agency.getValue(), failed)));
    }
    reported.removeIf(id -> !failed.contains(id) && changed.contains(id));
    try {
      index.awaitSearchable(generation);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    index.commit(0);
    List<Long> done =
        entries.stream()
            .filter(e -> !failed.contains(e.getDocumentId()))
            .map(SearchJournalEntry::getId)
            .toList();
    if (!done.isEmpty()) {
      context.getBusinessObject(SearchIndex.class).forget(done);
    }
  }

  /** Puts one agency's changed documents in the index; returns the index's generation after. */
  private long takeIn(Set<Long> changed, Set<Long> failed) {
    em.clear(); // nothing another agency's scope read stays in view
    long generation = 0;
    Loaded loaded = load(changed);
    for (Long id : changed) {
      try {
        Document document = loaded.documents().get(id);
        generation = document == null ? index.remove(id) : index.put(indexed(loaded, document));
      } catch (RuntimeException e) {
        // Its entries stay and are tried again; the others go on.
        failed.add(id);
        if (reported.add(id)) {
          LOG.log(Level.WARNING, "document " + id + " could not be indexed; it will be retried", e);
        }
      }
    }
    return generation;
  }

  /**
   * The documents still in the database, loaded in one query, with their files and the files'
   * versions in one query each rather than one per document, and the people and units they were
   * given to in one query each too. (Batch-reading those element collections through the provider
   * breaks EclipseLink's change tracking of the embeddable unit shares, so they are queried here as
   * plain rows and handed to {@link IndexedDocuments} beside the documents.)
   */
  private Loaded load(java.util.Collection<Long> ids) {
    Map<Long, Document> found =
        em
            .createQuery("SELECT d FROM Document d WHERE d.id IN :ids", Document.class)
            .setParameter("ids", ids)
            .setHint(QueryHints.BATCH_TYPE, "IN")
            .setHint(QueryHints.BATCH, "d.files")
            .setHint(QueryHints.BATCH, "d.files.versions")
            .getResultList()
            .stream()
            .collect(Collectors.toMap(Document::getId, d -> d));
    Map<Long, List<String>> grantedTo = new HashMap<>();
    em.createQuery(
            "SELECT d.id, g FROM Document d JOIN d.grantedTo g WHERE d.id IN :ids", Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            row ->
                grantedTo
                    .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add((String) row[1]));
    Map<Long, List<UnitShare>> units = new HashMap<>();
    em.createQuery(
            "SELECT d.id, u.unitId, u.kind FROM Document d JOIN d.units u WHERE d.id IN :ids",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            row ->
                units
                    .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(new UnitShare((Long) row[1], (UnitShare.Kind) row[2])));
    return new Loaded(found, grantedTo, units);
  }

  /** Documents loaded for the index, with whom each was given to. */
  private record Loaded(
      Map<Long, Document> documents,
      Map<Long, List<String>> grantedTo,
      Map<Long, List<UnitShare>> units) {}

  private IndexedDocument indexed(Loaded loaded, Document document) {
    return documents.of(
        document,
        loaded.grantedTo().getOrDefault(document.getId(), List.of()),
        loaded.units().getOrDefault(document.getId(), List.of()));
  }

  /** Deletes journal entries the committed index holds. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void forget(List<Long> entryIds) {
    em.createNamedQuery(SearchJournalEntry.DELETE).setParameter("ids", entryIds).executeUpdate();
  }

  /**
   * Rebuilds the whole index from the database unless one is running; returns at once when called
   * from a request (the rebuild runs on the index's own timer thread).
   *
   * @return false when a rebuild or an update is running already
   */
  public synchronized boolean requestRebuild() {
    if (rebuilding || forceRebuild) {
      return false;
    }
    rebuildDone.set(0);
    forceRebuild = true;
    return true;
  }

  private volatile boolean forceRebuild;

  private void rebuildNow() {
    rebuilding = true;
    forceRebuild = false;
    try {
      // Every agency's documents, each agency's together: a page is read in one agency's scope.
      List<AgencyDocument> ids = new ArrayList<>();
      for (Object row :
          em.createNativeQuery("SELECT agency_id, id FROM document ORDER BY agency_id, id")
              .getResultList()) {
        Object[] columns = (Object[]) row;
        ids.add(
            new AgencyDocument(
                ((Number) columns[0]).longValue(), ((Number) columns[1]).longValue()));
      }
      rebuildTotal.set(ids.size());
      rebuildDone.set(0);
      index.rebuild(
          () -> new Pages(ids),
          0,
          done -> {
            rebuildDone.set(done);
            work.ticked(WORK); // busy, not stopped
          });
      rebuiltAt = clock.instant();
      LOG.info(() -> "Search index rebuilt: " + ids.size() + " documents");
    } finally {
      rebuilding = false;
    }
  }

  private record AgencyDocument(long agencyId, long documentId) {}

  /**
   * The documents page by page, each page of one agency, loaded in one query in its scope and let
   * go after.
   */
  private final class Pages implements Iterator<IndexedDocument> {

    private final List<AgencyDocument> ids;
    private int next;
    private Iterator<IndexedDocument> page = java.util.Collections.emptyIterator();

    Pages(List<AgencyDocument> ids) {
      this.ids = ids;
    }

    @Override
    public boolean hasNext() {
      if (closing) {
        // The next start finds fewer documents than the database holds and rebuilds again.
        throw new java.util.concurrent.CancellationException("the application is stopping");
      }
      if (!page.hasNext() && next < ids.size()) {
        long agency = ids.get(next).agencyId();
        List<Long> slice = new ArrayList<>();
        while (next < ids.size() && slice.size() < PAGE && ids.get(next).agencyId() == agency) {
          slice.add(ids.get(next++).documentId());
        }
        em.clear();
        page =
            AgencyScope.supply(
                    agency,
                    () -> {
                      Loaded loaded = load(slice);
                      return loaded.documents().values().stream()
                          .map(d -> indexed(loaded, d))
                          .toList();
                    })
                .iterator();
      }
      return page.hasNext();
    }

    @Override
    public IndexedDocument next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return page.next();
    }
  }
}
