package vn.eoffice.audit.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.util.List;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import vn.eoffice.audit.entity.AuditChainHead;
import vn.eoffice.audit.entity.AuditEntry;
import vn.eoffice.audit.entity.AuditPending;
import vn.eoffice.audit.entity.AuditSeal;

/**
 * Chains one batch of waiting entries in one transaction: the head is locked in the database (so
 * that two nodes, or two threads, never chain the same entries or fork the chain), the oldest
 * waiting entries are read in one query, each is hashed once, their seals are inserted in JDBC
 * batches, and their pending rows deleted in one statement with the head moved on.
 */
@Stateless
public class AuditChainWriter {

  @PersistenceContext EntityManager em;

  /** Chains up to {@code limit} of the entries committed so far; returns how many it chained. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int sealBatch(int limit) {
    AuditChainHead head =
        em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    // Read after the lock: a sealer that waited for it sees what the one before it chained.
    List<AuditEntry> entries =
        em.createNamedQuery(AuditEntry.PENDING, AuditEntry.class)
            .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
            .setMaxResults(limit)
            .getResultList();
    if (entries.isEmpty()) {
      return 0;
    }
    MessageDigest sha256 = AuditChain.sha256();
    long index = head.getChainIndex();
    String previous = head.getEntryHash();
    Long[] ids = new Long[entries.size()];
    for (int i = 0; i < ids.length; i++) {
      AuditEntry entry = entries.get(i);
      index++;
      previous = AuditChain.hash(sha256, previous, index, entry);
      em.persist(new AuditSeal(index, entry.getId(), previous));
      ids[i] = entry.getId();
    }
    head.advance(index, previous);
    em.createNamedQuery(AuditPending.DONE).setParameter("ids", List.of(ids)).executeUpdate();
    return ids.length;
  }
}
