package vn.eoffice.registers.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.eoffice.organisation.entity.Agency;
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

  /** For every agency, including those set up before registers existed. */
  public void ensureForAll() {
    em.createNamedQuery(Agency.ALL, Agency.class).getResultList().forEach(this::ensureFor);
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
