package vn.eoffice.recognition.boundary;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.eoffice.documents.control.FileStore;
import vn.eoffice.platform.control.BackgroundWork;
import vn.eoffice.platform.control.Folders;
import vn.eoffice.platform.control.Leases;
import vn.eoffice.platform.control.Settings;
import vn.eoffice.recognition.control.RecognitionSteps;
import vn.eoffice.recognition.control.Recognitions;
import vn.eoffice.recognition.control.ScanPages;
import vn.eoffice.recognition.control.Tesseract;
import vn.eoffice.recognition.control.TextLayer;

/**
 * Reads the scans waiting for text recognition, oldest first, on the one node that holds the lease
 * {@value #LEASE}: each scan's pages are read several at once (one Tesseract per core by default),
 * its progress written after every page, then its text and searchable copy kept and its documents
 * indexed again. What is waiting is in the database, so a restart or another node carries on; a
 * scan left half read is read again (three tries in all). Only the thread of the timer takes scans
 * from the queue, one at a time, so no lock is needed beyond the lease.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RecognitionQueue {

  private static final Logger LOG = Logger.getLogger(RecognitionQueue.class.getName());

  static final String LEASE = "text-recognition";
  private static final Duration LEASE_LENGTH = Duration.ofSeconds(60);
  private static final Duration RENEW_AFTER = Duration.ofSeconds(15);

  /** Pages read at once ({@code EOFFICE_OCR_PARALLEL}; the processors by default). */
  static int parallel() {
    return Math.max(
        1, Settings.getInt("eoffice.ocr.parallel", Runtime.getRuntime().availableProcessors()));
  }

  @Resource TimerService timers;
  @Resource SessionContext context;
  @EJB RecognitionSteps steps;
  @EJB Leases leases;
  @EJB BackgroundWork work;
  @Inject FileStore store;

  private final AtomicBoolean busy = new AtomicBoolean();
  private ExecutorService executor;
  private ExecutorService scans;
  private int parallel;
  private Tesseract tesseract;
  private String pdftoppm;
  private volatile boolean closing;
  private volatile String missing;
  private volatile boolean toolsFound;
  private volatile long renewed;

  @PostConstruct
  void start() {
    tesseract =
        new Tesseract(
            Settings.get("eoffice.ocr.tesseract").orElse("tesseract"),
            Settings.get("eoffice.ocr.languages").orElse("vie"));
    pdftoppm = Settings.get("eoffice.ocr.pdftoppm").orElse("pdftoppm");
    parallel = parallel();
    executor = Executors.newFixedThreadPool(parallel, daemon("text-recognition-page"));
    scans = Executors.newFixedThreadPool(parallel, daemon("text-recognition-scan"));
    startTimer();
    RecognitionQueue self = context.getBusinessObject(RecognitionQueue.class);
    work.register(LEASE, self::restart, self::halt);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  private void startTimer() {
    // Scans queued here wake the queue at once; the tick finds those queued on other nodes.
    long interval = Settings.getInt("eoffice.ocr.interval-ms", 2000);
    timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
  }

  /** Makes the timer anew and reads at once (see {@link BackgroundWork}). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void restart() {
    halt();
    startTimer();
    readWaiting();
  }

  public void halt() {
    timers.getTimers().forEach(jakarta.ejb.Timer::cancel);
  }

  @PreDestroy
  void stop() {
    closing = true;
    executor.shutdownNow();
    scans.shutdownNow();
    try {
      halt();
      leases.releaseOnStop(LEASE);
    } catch (RuntimeException e) {
      LOG.log(
          Level.FINE, "the recognition's lease could not be given back; it expires by itself", e);
    }
  }

  /**
   * A scan was queued (and committed): read it now rather than at the next tick. On a node that
   * does not hold the lease this does nothing, as a tick would.
   */
  @jakarta.ejb.Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void wake() {
    readWaiting();
  }

  void queued(
      @jakarta.enterprise.event.Observes(
              during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
          Recognitions.Queued queued) {
    context.getBusinessObject(RecognitionQueue.class).wake();
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void readWaiting() {
    work.ticked(LEASE);
    if (closing || !busy.compareAndSet(false, true)) {
      return;
    }
    Path folder = null;
    try {
      if (!leases.take(LEASE, LEASE_LENGTH)) {
        return;
      }
      renewed = System.nanoTime();
      folder = Files.createTempDirectory("eoffice-ocr-");
      if (!toolsReady(folder)) {
        return;
      }
      steps.resumeLeftOver();
      readAll(folder);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "The text recognition queue could not run; it tries again", e);
    } finally {
      Folders.delete(folder);
      busy.set(false);
    }
  }

  /**
   * Takes the waiting scans one after another while fewer than {@link #parallel()} are being read,
   * so that single-page scans are read side by side as the pages of one long scan are, until none
   * waits and every one taken is read.
   */
  private void readAll(Path folder) throws InterruptedException {
    List<Future<?>> reading = new ArrayList<>();
    try {
      while (!closing) {
        reading.removeIf(Future::isDone);
        if (reading.size() < parallel) {
          Optional<RecognitionSteps.Taken> next = steps.take();
          if (next.isPresent()) {
            RecognitionSteps.Taken taken = next.get();
            reading.add(
                scans.submit(
                    () -> read(taken, folder.resolve(taken.sha256() + "-" + taken.attempt()))));
            continue;
          }
          if (reading.isEmpty()) {
            return;
          }
        }
        Thread.sleep(50);
        if (!keepLease()) {
          return;
        }
      }
    } finally {
      for (Future<?> scan : reading) {
        try {
          scan.get();
        } catch (ExecutionException e) {
          LOG.log(Level.WARNING, "a scan could not be read", e.getCause());
        }
      }
    }
  }

  /** Whether Tesseract runs here with its models; said once in the log when it does not. */
  private boolean toolsReady(Path folder) {
    if (toolsFound) {
      return true;
    }
    Optional<String> why = tesseract.unavailable(folder.resolve("check"));
    if (why.isPresent()) {
      if (!why.get().equals(missing)) {
        LOG.warning(why.get() + "; scans wait until it is installed");
      }
      missing = why.get();
      return false;
    }
    missing = null;
    toolsFound = true;
    return true;
  }

  /** Why recognition cannot run on this node now, if it cannot. */
  public Optional<String> unavailable() {
    return Optional.ofNullable(missing);
  }

  private boolean keepLease() {
    if (System.nanoTime() - renewed > RENEW_AFTER.toNanos()) {
      if (!leases.take(LEASE, LEASE_LENGTH)) {
        return false;
      }
      renewed = System.nanoTime();
    }
    work.ticked(LEASE);
    return true;
  }

  private void read(RecognitionSteps.Taken taken, Path folder) {
    try {
      Files.createDirectories(folder);
      Path original = folder.resolve("original");
      try (InputStream in = store.open(taken.sha256())) {
        Files.copy(in, original);
      }
      List<ScanPages.Page> pages = ScanPages.split(original, taken.mediaType(), folder, pdftoppm);
      Integer lowest = pages.stream().map(ScanPages.Page::dpi).min(Integer::compare).orElse(null);
      steps.split(taken.sha256(), pages.size(), lowest);
      boolean pdf = taken.mediaType().equals("application/pdf");
      List<Tesseract.PageText> read = readPages(taken.sha256(), pages, pdf, folder);
      StringBuilder text = new StringBuilder();
      List<byte[]> layers = new ArrayList<>();
      for (Tesseract.PageText page : read) {
        text.append(page.text().strip()).append("\n\f\n");
        layers.add(page.pdf());
      }
      // One image read is its one-page PDF from Tesseract as it is.
      byte[] searchable =
          pdf
              ? TextLayer.over(original, layers)
              : layers.size() == 1 ? layers.get(0) : TextLayer.joined(layers);
      steps.done(taken.sha256(), text.toString(), searchable);
    } catch (IOException | UncheckedIOException | ExecutionException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      LOG.log(Level.WARNING, "the scan " + taken.sha256() + " could not be read", cause);
      steps.failed(taken.sha256(), String.valueOf(cause.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      steps.failed(taken.sha256(), "stopped while being read");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the scan " + taken.sha256() + " could not be read", e);
      steps.failed(taken.sha256(), String.valueOf(e.getMessage()));
    }
  }

  private List<Tesseract.PageText> readPages(
      String sha256, List<ScanPages.Page> pages, boolean textOnly, Path folder)
      throws InterruptedException, ExecutionException {
    AtomicInteger done = new AtomicInteger();
    List<Future<Tesseract.PageText>> reading = new ArrayList<>();
    for (ScanPages.Page page : pages) {
      reading.add(
          executor.submit(
              () -> {
                Tesseract.PageText text =
                    tesseract.read(page, textOnly, folder.resolve("page-" + page.number()));
                steps.pageDone(sha256, done.incrementAndGet());
                return text;
              }));
    }
    List<Tesseract.PageText> read = new ArrayList<>();
    try {
      for (Future<Tesseract.PageText> page : reading) {
        read.add(page.get());
        if (!keepLease()) {
          throw new InterruptedException("the lease was lost");
        }
      }
    } finally {
      reading.forEach(f -> f.cancel(true));
    }
    return read;
  }
}
