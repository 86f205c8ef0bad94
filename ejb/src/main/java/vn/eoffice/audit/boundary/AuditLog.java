package vn.eoffice.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.eoffice.audit.control.AuditChain;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.audit.entity.AuditChainHead;
import vn.eoffice.audit.entity.AuditEntry;
import vn.eoffice.audit.entity.AuditPending;
import vn.eoffice.audit.entity.AuditSeal;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.RequestOrigin;
import vn.eoffice.platform.entity.AgencyScope;

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
  @Inject RequestOrigin origin;
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
    AuditEntry entry =
        new AuditEntry(
            AgencyScope.current().orElse(null),
            clock.instant(),
            actor,
            originAddress,
            action,
            objectType,
            objectId == null ? null : objectId.toString(),
            detail);
    em.persist(entry);
    em.persist(new AuditPending(entry.getId()));
  }

  /** The newest entries first. */
  public List<AuditEntryView> newest(int offset, int limit) {
    return withSeals(
        em.createNamedQuery(AuditEntry.NEWEST_OF_AGENCY, AuditEntry.class)
            .setParameter("agency", AgencyScope.required())
            .setFirstResult(Math.max(0, offset))
            .setMaxResults(Math.min(Math.max(1, limit), 500))
            .getResultList());
  }

  /**
   * What happened to one object, oldest first. Callers check first that the user may see the
   * object: this method does not know about documents.
   */
  @PermitAll
  public List<AuditEntryView> history(String objectType, Object objectId) {
    return withSeals(
        em.createNamedQuery(AuditEntry.OF_OBJECT, AuditEntry.class)
            .setParameter("objectType", objectType)
            .setParameter("objectId", objectId.toString())
            .setParameter("agency", AgencyScope.required())
            .getResultList());
  }

  /**
   * Seals what is waiting, then recomputes every hash from the entry before it. Each changed entry
   * is reported itself; removed entries show as a gap in the chain or a short chain. The chain runs
   * through every agency's entries, so all of it is recomputed; an agency's administrator is told
   * of their own agency's entries only (a gap or a short chain, which spoils every entry after it,
   * is told without naming another agency's entry).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public AuditVerification verify() {
    sealer.sealAll();
    Long agency = AgencyScope.current().orElse(null);
    List<AuditFinding> findings = new ArrayList<>();
    long checked = 0;
    long expectedIndex = 1;
    String previousHash = AuditChain.GENESIS;
    for (List<AuditSeal> page = sealsAfter(0); !page.isEmpty(); ) {
      Map<Long, AuditEntry> entries = entries(page.stream().map(AuditSeal::getEntryId).toList());
      for (AuditSeal seal : page) {
        AuditEntry entry = entries.get(seal.getEntryId());
        boolean mine = agency == null || (entry != null && agency.equals(entry.getAgencyId()));
        if (mine) {
          checked++;
        }
        if (seal.getChainIndex() != expectedIndex || entry == null) {
          findings.add(
              new AuditFinding(mine ? seal.getEntryId() : null, seal.getChainIndex(), "MISSING"));
          previousHash = null; // what linked here is gone: trust the stored link from now on
        }
        if (mine
            && entry != null
            && previousHash != null
            && !AuditChain.hash(previousHash, seal.getChainIndex(), entry)
                .equals(seal.getEntryHash())) {
          findings.add(new AuditFinding(seal.getEntryId(), seal.getChainIndex(), "CHANGED"));
        }
        previousHash = seal.getEntryHash();
        expectedIndex = seal.getChainIndex() + 1;
      }
      em.clear();
      page = sealsAfter(expectedIndex - 1);
    }
    AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
    if (head.getChainIndex() != expectedIndex - 1
        || !head.getEntryHash().equals(previousHash == null ? "" : previousHash)) {
      findings.add(new AuditFinding(null, head.getChainIndex(), "TRUNCATED"));
    }
    Instant overdue = clock.instant().minus(SEALING_OVERDUE);
    em.createNamedQuery(AuditEntry.UNSEALED, AuditEntry.class)
        .getResultStream()
        .filter(e -> e.getOccurredAt().isBefore(overdue))
        .filter(e -> agency == null || agency.equals(e.getAgencyId()))
        .forEach(e -> findings.add(new AuditFinding(e.getId(), null, "UNSEALED")));
    return new AuditVerification(clock.instant(), checked, findings.isEmpty(), findings);
  }

  private List<AuditSeal> sealsAfter(long chainIndex) {
    return em.createNamedQuery(AuditSeal.AFTER, AuditSeal.class)
        .setParameter("after", chainIndex)
        .setMaxResults(PAGE)
        .getResultList();
  }

  private Map<Long, AuditEntry> entries(List<Long> ids) {
    return em
        .createNamedQuery(AuditEntry.WITH_IDS, AuditEntry.class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(AuditEntry::getId, e -> e));
  }

  /** The entries with their place in the chain, where they have one yet. */
  private List<AuditEntryView> withSeals(List<AuditEntry> entries) {
    if (entries.isEmpty()) {
      return List.of();
    }
    Map<Long, AuditSeal> seals =
        em
            .createNamedQuery(AuditSeal.OF_ENTRIES, AuditSeal.class)
            .setParameter("ids", entries.stream().map(AuditEntry::getId).toList())
            .getResultList()
            .stream()
            .collect(Collectors.toMap(AuditSeal::getEntryId, s -> s));
    return entries.stream().map(e -> AuditEntryView.of(e, seals.get(e.getId()))).toList();
  }
}
