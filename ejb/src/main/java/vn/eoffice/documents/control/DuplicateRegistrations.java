package vn.eoffice.documents.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import vn.eoffice.documents.entity.Document;

/**
 * The incoming documents registered already with the same issuer, số ký hiệu and date (Decree
 * 30/2020 asks the clerk to check before registering): compared by the keys {@link
 * Document#keyForDuplicates} sets, by issuer name and, when given, by the issuer's code.
 */
@Dependent
public class DuplicateRegistrations {

  /** Stands for a missing issuer code: no key looks like it (keys hold '|'). */
  private static final String NO_CODE = "-";

  @PersistenceContext EntityManager em;

  /** This year's registrations of the agency sharing a key with the document, by number. */
  public List<Document> of(long agencyId, int year, String key, String codeKey) {
    return em
        .createNamedQuery(Document.SAME_INCOMING, Document.class)
        .setParameter("key", key)
        .setParameter("codeKey", codeKey == null ? NO_CODE : codeKey)
        .getResultList()
        .stream()
        // Only the keys in the query: the planner then uses their indexes whatever its statistics.
        .filter(d -> d.getAgency().getId() == agencyId)
        .filter(d -> d.getRegisterYear() != null && d.getRegisterYear() == year)
        .sorted(Comparator.comparing(Document::getNumber))
        .toList();
  }

  /** Whether the two documents share a key: one of them would be a duplicate of the other. */
  static boolean same(Document one, Document other) {
    return one.getDuplicateKey().equals(other.getDuplicateKey())
        || (one.getDuplicateCodeKey() != null
            && one.getDuplicateCodeKey().equals(other.getDuplicateCodeKey()));
  }
}
