package vn.eoffice.audit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import vn.eoffice.audit.control.AuditChain;
import vn.eoffice.audit.entity.AuditChainHead;
import vn.eoffice.audit.entity.AuditEntry;
import vn.eoffice.audit.entity.AuditPending;
import vn.eoffice.audit.entity.AuditSeal;
import vn.eoffice.platform.control.Settings;

/**
 * Chains new audit entries every second. Sealing apart from writing keeps the services from
 * queueing behind one chain lock: they only insert, and the sealer alone holds the head, locked in
 * the database so that two application nodes cannot chain the same entries. Nothing is updated:
 * seals are inserted, and the pending list is emptied as it is sealed.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@Lock(LockType.WRITE)
public class AuditSealer {

  private static final int BATCH = 500;

  @PersistenceContext EntityManager em;
  @Resource TimerService timers;

  /** The timer starts only once the schema is migrated. */
  @PostConstruct
  void start() {
    long interval = Settings.getInt("eoffice.audit.seal-interval-ms", 1000);
    timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
  }

  @Timeout
  void onTimer() {
    seal();
  }

  /** Seals up to a batch of the entries committed so far; returns how many it sealed. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int seal() {
    AuditChainHead head =
        em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    List<Long> ids =
        em
            .createNamedQuery(AuditPending.OLDEST, AuditPending.class)
            .setMaxResults(BATCH)
            .getResultList()
            .stream()
            .map(AuditPending::getEntryId)
            .toList();
    if (ids.isEmpty()) {
      return 0;
    }
    List<AuditEntry> entries =
        em
            .createNamedQuery(AuditEntry.WITH_IDS, AuditEntry.class)
            .setParameter("ids", ids)
            .getResultList()
            .stream()
            .sorted(Comparator.comparing(AuditEntry::getId))
            .toList();
    long index = head.getChainIndex();
    String previous = head.getEntryHash();
    for (AuditEntry entry : entries) {
      index++;
      previous = AuditChain.hash(previous, index, entry);
      em.persist(new AuditSeal(index, entry.getId(), previous));
    }
    head.advance(index, previous);
    em.createNamedQuery(AuditPending.DONE).setParameter("ids", ids).executeUpdate();
    return ids.size();
  }
}
