package vn.eoffice.registers.control;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.platform.entity.AgencyScope;
import vn.eoffice.registers.entity.Direction;
import vn.eoffice.registers.entity.DocumentRegister;

/**
 * The registers every agency starts with: the incoming register, a general outgoing series and an
 * outgoing series for confidential documents (Decree 30/2020, art. 15 and 22).
 */
@Stateless
public class DefaultRegisters {

  public static final String INCOMING = "Sổ đăng ký văn bản đến";
  public static final String OUTGOING = "Sổ đăng ký văn bản đi";
  public static final String OUTGOING_CONFIDENTIAL = "Sổ đăng ký văn bản đi mật";

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;

  /**
   * For every agency that lacks one of them, including those set up before registers existed: each
   * agency in its own scope and transaction. Which agencies lack them is asked of all agencies at
   * once, in plain SQL.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void ensureForAll() {
    DefaultRegisters self = context.getBusinessObject(DefaultRegisters.class);
    for (Object id : em.createNativeQuery(LACKING).getResultList()) {
      long agency = ((Number) id).longValue();
      AgencyScope.run(agency, () -> self.ensureFor(agency));
    }
  }

  private static final String LACKING =
      "SELECT a.id FROM agency a WHERE NOT EXISTS (SELECT 1 FROM document_register r"
          + " WHERE r.agency_id = a.id AND r.direction = 'INCOMING') OR NOT EXISTS"
          + " (SELECT 1 FROM document_register r WHERE r.agency_id = a.id"
          + " AND r.direction = 'OUTGOING') ORDER BY a.id";

  /** {@link #ensureFor(Agency)} in a transaction of its own, in the agency's scope. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void ensureFor(long agencyId) {
    // The agency's row locked: two nodes starting at once make its registers once.
    ensureFor(em.find(Agency.class, agencyId, LockModeType.PESSIMISTIC_WRITE));
  }

  /** Adds whichever of the three the agency does not have yet. */
  public void ensureFor(Agency agency) {
    var existing =
        em.createNamedQuery(DocumentRegister.OF_AGENCY, DocumentRegister.class)
            .setParameter("agency", agency)
            .getResultList();
    if (existing.stream().noneMatch(r -> r.getDirection() == Direction.INCOMING)) {
      em.persist(new DocumentRegister(agency, Direction.INCOMING, INCOMING, false, null));
    }
    if (existing.stream().noneMatch(r -> r.getDirection() == Direction.OUTGOING)) {
      em.persist(new DocumentRegister(agency, Direction.OUTGOING, OUTGOING, false, null));
      em.persist(
          new DocumentRegister(agency, Direction.OUTGOING, OUTGOING_CONFIDENTIAL, true, null));
    }
  }
}
