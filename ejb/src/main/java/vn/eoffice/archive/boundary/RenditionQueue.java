package vn.eoffice.archive.boundary;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.eoffice.archive.control.PdfaConverter;
import vn.eoffice.archive.control.RenditionSteps;
import vn.eoffice.documents.control.FileStore;
import vn.eoffice.platform.control.BackgroundWork;
import vn.eoffice.platform.control.Folders;
import vn.eoffice.platform.control.Leases;
import vn.eoffice.platform.control.Settings;

/**
 * Makes the PDF/A renditions waiting, oldest first, one at a time on the one node that holds the
 * lease {@value #LEASE}. What waits is in the database, so a restart or another node carries on; a
 * rendition that fails is tried three times.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RenditionQueue {

  private static final Logger LOG = Logger.getLogger(RenditionQueue.class.getName());

  static final String LEASE = "pdfa-rendition";
  private static final Duration LEASE_LENGTH = Duration.ofSeconds(60);

  @Resource TimerService timers;
  @Resource SessionContext context;
  @EJB RenditionSteps steps;
  @EJB Leases leases;
  @EJB BackgroundWork work;
  @Inject FileStore store;

  private final AtomicBoolean busy = new AtomicBoolean();
  private PdfaConverter converter;
  private volatile boolean closing;

  @PostConstruct
  void start() {
    converter =
        new PdfaConverter(
            Settings.get("eoffice.pdfa.ghostscript").orElse("gs"),
            Settings.get("eoffice.pdfa.soffice").orElse("soffice"));
    startTimer();
    RenditionQueue self = context.getBusinessObject(RenditionQueue.class);
    work.register(LEASE, self::restart, self::halt);
  }

  private void startTimer() {
    long interval = Settings.getInt("eoffice.pdfa.interval-ms", 2000);
    timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
  }

  /** Makes the timer anew and renders at once (see {@link BackgroundWork}). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void restart() {
    halt();
    startTimer();
    renderWaiting();
  }

  public void halt() {
    timers.getTimers().forEach(jakarta.ejb.Timer::cancel);
  }

  @PreDestroy
  void stop() {
    closing = true;
    try {
      halt();
      leases.releaseOnStop(LEASE);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "the rendition's lease could not be given back; it expires by itself", e);
    }
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void renderWaiting() {
    work.ticked(LEASE);
    if (closing || !busy.compareAndSet(false, true)) {
      return;
    }
    try {
      for (Optional<RenditionSteps.Next> next = Optional.empty();
          !closing && leases.take(LEASE, LEASE_LENGTH) && (next = steps.next()).isPresent(); ) {
        render(next.get());
        work.ticked(LEASE);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The PDF/A renditions could not be made; they are tried again", e);
    } finally {
      busy.set(false);
    }
  }

  private void render(RenditionSteps.Next next) {
    Path folder = null;
    try {
      folder = Files.createTempDirectory("eoffice-pdfa-");
      Path original = folder.resolve("original");
      try (InputStream in = store.open(next.sha256())) {
        Files.copy(in, original);
      }
      Path rendition = converter.convert(original, next.mediaType(), folder);
      byte[] report = steps.signatureReport(Files.readAllBytes(original), next.mediaType());
      steps.done(next.sha256(), Files.readAllBytes(rendition), report);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "no PDF/A rendition of " + next.sha256(), e);
      steps.failed(next.sha256(), String.valueOf(e.getMessage()));
    } finally {
      Folders.delete(folder);
    }
  }
}
