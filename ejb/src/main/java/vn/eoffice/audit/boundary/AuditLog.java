package vn.eoffice.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.eoffice.audit.control.AuditChain;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.audit.entity.AuditChainHead;
import vn.eoffice.audit.entity.AuditEntry;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.RequestOrigin;

/**
 * The audit log: every service writes here, inside its own transaction, so an entry exists exactly
 * when the thing it records happened. Administrators read and verify it.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AuditLog {

  private static final int PAGE = 1000;
  private static final Duration SEALING_OVERDUE = Duration.ofMinutes(5);

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject Instance<RequestOrigin> origin;
  @Inject Clock clock;
  @EJB AuditSealer sealer;

  /** Writes an entry for the signed-in caller, in the caller's transaction. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(AuditAction action, String objectType, Object objectId, String detail) {
    recordAs(
        context.getCallerPrincipal().getName(),
        RequestOrigin.addressOf(origin),
        action,
        objectType,
        objectId,
        detail);
  }

  /** Writes an entry for work done on someone's behalf, e.g. in a batch another thread commits. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void recordAs(
      String actor,
      String originAddress,
      AuditAction action,
      String objectType,
      Object objectId,
      String detail) {
    em.persist(
        new AuditEntry(
            clock.instant(),
            actor,
            originAddress,
            action,
            objectType,
            objectId == null ? null : objectId.toString(),
            detail));
  }

  /** The newest entries first. */
  public List<AuditEntryView> newest(int offset, int limit) {
    return em.createNamedQuery(AuditEntry.NEWEST, AuditEntry.class)
        .setFirstResult(Math.max(0, offset))
        .setMaxResults(Math.min(Math.max(1, limit), 500))
        .getResultStream()
        .map(AuditEntryView::of)
        .toList();
  }

  /**
   * What happened to one object, oldest first. Callers check first that the user may see the
   * object: this method does not know about documents.
   */
  @PermitAll
  public List<AuditEntryView> history(String objectType, Object objectId) {
    return em.createNamedQuery(AuditEntry.OF_OBJECT, AuditEntry.class)
        .setParameter("objectType", objectType)
        .setParameter("objectId", objectId.toString())
        .getResultStream()
        .map(AuditEntryView::of)
        .toList();
  }

  /**
   * Seals what is waiting, then recomputes every hash from the entry before it. Each changed entry
   * is reported itself; removed entries show as a gap in the chain or a short chain.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public AuditVerification verify() {
    while (sealer.seal() > 0) {
      // seal in batches until nothing waits
    }
    List<AuditFinding> findings = new ArrayList<>();
    long checked = 0;
    long expectedIndex = 1;
    String previousHash = AuditChain.GENESIS;
    long after = 0;
    for (List<AuditEntry> page = sealedAfter(after); !page.isEmpty(); page = sealedAfter(after)) {
      for (AuditEntry entry : page) {
        checked++;
        if (entry.getChainIndex() != expectedIndex) {
          findings.add(new AuditFinding(entry.getId(), entry.getChainIndex(), "MISSING"));
          previousHash = null; // the entry that linked here is gone: trust the stored link
        }
        if (previousHash != null
            && !AuditChain.hash(previousHash, entry.getChainIndex(), entry)
                .equals(entry.getEntryHash())) {
          findings.add(new AuditFinding(entry.getId(), entry.getChainIndex(), "CHANGED"));
        }
        previousHash = entry.getEntryHash();
        expectedIndex = entry.getChainIndex() + 1;
        after = entry.getChainIndex();
      }
      em.clear();
    }
    AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
    if (head.getChainIndex() != after || !head.getEntryHash().equals(previousHash)) {
      findings.add(new AuditFinding(null, head.getChainIndex(), "TRUNCATED"));
    }
    Instant overdue = clock.instant().minus(SEALING_OVERDUE);
    em.createNamedQuery(AuditEntry.UNSEALED, AuditEntry.class)
        .getResultStream()
        .filter(e -> e.getOccurredAt().isBefore(overdue))
        .forEach(e -> findings.add(new AuditFinding(e.getId(), null, "UNSEALED")));
    return new AuditVerification(clock.instant(), checked, findings.isEmpty(), findings);
  }

  private List<AuditEntry> sealedAfter(long chainIndex) {
    return em.createNamedQuery(AuditEntry.SEALED_FROM, AuditEntry.class)
        .setParameter("after", chainIndex)
        .setMaxResults(PAGE)
        .getResultList();
  }
}
