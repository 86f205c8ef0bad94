package vn.eoffice.registers.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.registers.entity.Direction;
import vn.eoffice.registers.entity.DocumentRegister;
import vn.eoffice.registers.entity.DocumentType;

/** Which register numbers a document. */
@Dependent
public class RegisterSelection {

  @PersistenceContext EntityManager em;

  /** Register ids by agency: looked up on every registration, changed almost never. */
  private static final Map<Long, Long> INCOMING = new ConcurrentHashMap<>();

  public DocumentRegister incoming(Agency agency) {
    Long known = INCOMING.get(agency.getId());
    DocumentRegister register = known == null ? null : em.find(DocumentRegister.class, known);
    if (register != null && register.isActive()) {
      return register;
    }
    register =
        em
            .createNamedQuery(DocumentRegister.OF_AGENCY, DocumentRegister.class)
            .setParameter("agency", agency)
            .getResultList()
            .stream()
            .filter(r -> r.getDirection() == Direction.INCOMING && r.isActive())
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        Violation.of(
                            "registerId",
                            "RegisterMissing",
                            "the agency has no incoming register")));
    INCOMING.put(agency.getId(), register.getId());
    return register;
  }

  /**
   * The outgoing series for a document: the one chosen, if it takes the document, else a series for
   * its type, else the general series of its confidentiality.
   */
  public DocumentRegister outgoing(
      Agency agency, Long chosenRegisterId, DocumentType type, boolean confidential) {
    if (chosenRegisterId != null) {
      DocumentRegister chosen = em.find(DocumentRegister.class, chosenRegisterId);
      if (chosen == null
          || !chosen.getAgency().getId().equals(agency.getId())
          || chosen.getDirection() != Direction.OUTGOING
          || !chosen.takes(type, confidential)) {
        throw new InvalidInputException(
            Violation.of(
                "registerId",
                "RegisterMismatch",
                "register " + chosenRegisterId + " does not number this type and confidentiality"));
      }
      return chosen;
    }
    return em.createNamedQuery(DocumentRegister.OF_AGENCY, DocumentRegister.class)
        .setParameter("agency", agency)
        .getResultStream()
        .filter(r -> r.getDirection() == Direction.OUTGOING && r.takes(type, confidential))
        .min(Comparator.comparing((DocumentRegister r) -> r.getDocumentType() == null))
        .orElseThrow(
            () ->
                new InvalidInputException(
                    Violation.of(
                        "registerId",
                        "RegisterMissing",
                        "no active outgoing register takes "
                            + type.getName()
                            + (confidential ? " (confidential)" : ""))));
  }
}
