package vn.eoffice.audit.boundary;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.eoffice.audit.control.AuditChain;
import vn.eoffice.audit.entity.AuditChainHead;
import vn.eoffice.audit.entity.AuditEntry;

/**
 * Chains new audit entries every second. Sealing apart from writing keeps the services from
 * queueing behind one chain lock: they only insert, and the sealer alone holds the head, locked in
 * the database so that two application nodes cannot chain the same entries.
 */
@Singleton
@Lock(LockType.WRITE)
public class AuditSealer {

  private static final int BATCH = 500;

  @PersistenceContext EntityManager em;

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  void onTimer() {
    seal();
  }

  /** Seals every entry committed so far; returns how many it sealed. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int seal() {
    AuditChainHead head =
        em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    List<AuditEntry> entries =
        em.createNamedQuery(AuditEntry.UNSEALED, AuditEntry.class)
            .setMaxResults(BATCH)
            .getResultList();
    long index = head.getChainIndex();
    String previous = head.getEntryHash();
    for (AuditEntry entry : entries) {
      index++;
      previous = AuditChain.hash(previous, index, entry);
      entry.seal(index, previous);
    }
    head.advance(index, previous);
    return entries.size();
  }
}
