package vn.eoffice.signatures.control;

import jakarta.annotation.PostConstruct;
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
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.eoffice.platform.control.BackgroundWork;
import vn.eoffice.signing.PdfSignatureValidation.SignatureVerdict;

/**
 * Validates the signatures of every PDF that enters the file store (incoming documents' files,
 * drafts, the versions we sign and seal) in the background: every second it takes the PDFs that
 * have no check yet, oldest first, so that neither the clerk's registration waits for the
 * revocation look-ups nor a restart loses a check (the database says what is left to do).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SignatureScreening {

  private static final Logger LOG = Logger.getLogger(SignatureScreening.class.getName());

  /** PDFs checked per round. */
  static final int BATCH = 20;

  @PersistenceContext EntityManager em;
  @Resource TimerService timers;
  @Resource SessionContext context;
  @EJB BackgroundWork work;
  @EJB SignatureCheckRecords records;
  @Inject SignedFiles files;
  @Inject SigningSetup setup;
  @Inject Clock clock;

  private final AtomicBoolean busy = new AtomicBoolean();

  /** PDFs that could not be read or validated; tried again after a restart. */
  private final Set<String> failed = ConcurrentHashMap.newKeySet();

  @PostConstruct
  void start() {
    startTimer();
    SignatureScreening self = context.getBusinessObject(SignatureScreening.class);
    work.register(WORK, self::restart, self::halt);
  }

  /** The background work's name ({@link BackgroundWork}). */
  public static final String WORK = "signature-screening";

  private void startTimer() {
    timers.createIntervalTimer(1000, 1000, new TimerConfig(null, false));
  }

  /** Makes the timer anew and checks at once (see {@link BackgroundWork}). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void restart() {
    halt();
    startTimer();
    checkNew();
  }

  /** Stops the timer, as a lost timer thread would (see {@link BackgroundWork#halt}). */
  public void halt() {
    timers.getTimers().forEach(jakarta.ejb.Timer::cancel);
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void checkNew() {
    work.ticked(WORK);
    if (!busy.compareAndSet(false, true)) {
      return;
    }
    try {
      List<String> unchecked =
          em.createQuery(
                  "SELECT c.sha256 FROM StoredContent c WHERE c.mediaType = :pdf AND NOT EXISTS"
                      + " (SELECT s FROM SignatureCheck s WHERE s.sha256 = c.sha256)"
                      + " ORDER BY c.storedAt",
                  String.class)
              .setParameter("pdf", SignedFiles.PDF)
              .setMaxResults(BATCH + failed.size())
              .getResultList();
      unchecked.stream().filter(sha -> !failed.contains(sha)).limit(BATCH).forEach(this::check);
    } catch (RuntimeException | Error e) {
      LOG.log(Level.WARNING, "the background signature check could not run", e);
    } finally {
      busy.set(false);
    }
  }

  private void check(String sha256) {
    try {
      List<SignatureVerdict> verdicts = setup.validation().validate(files.read(sha256));
      records.record(sha256, verdicts, clock.instant());
    } catch (RuntimeException e) {
      failed.add(sha256);
      LOG.log(Level.WARNING, "the signatures of " + sha256 + " could not be checked", e);
    }
  }
}
