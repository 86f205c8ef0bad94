package vn.eoffice.exchange.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.eoffice.exchange.entity.Partner;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.platform.control.WordMatch;

/**
 * Who can be sent a document, by organ code: the agencies of this installation, reached in the same
 * transaction, and the partner agencies elsewhere, reached through their exchange endpoint.
 */
@Dependent
public class Directory {

  /** An agency that documents can be sent to. */
  public record Destination(String organCode, String name, Long agencyId, Partner partner) {

    /** Whether it is an agency of this installation. */
    public boolean local() {
      return agencyId != null;
    }
  }

  @PersistenceContext EntityManager em;

  /** The active agency or partner with this code, if any. */
  public Optional<Destination> find(String organCode) {
    if (organCode == null) {
      return Optional.empty();
    }
    Optional<Agency> agency = agency(organCode);
    if (agency.isPresent()) {
      return agency.filter(Agency::isActive).map(Directory::of);
    }
    return partner(organCode).filter(Partner::isActive).map(Directory::of);
  }

  /** The agency of this installation with this code, active or not. */
  public Optional<Agency> agency(String organCode) {
    return em.createNamedQuery(Agency.BY_CODE, Agency.class)
        .setParameter("code", organCode)
        .getResultStream()
        .findFirst();
  }

  public Optional<Partner> partner(String organCode) {
    return em.createNamedQuery(Partner.BY_CODE, Partner.class)
        .setParameter("code", organCode)
        .getResultStream()
        .findFirst();
  }

  /**
   * Every active agency and partner but {@code except}, whose name or code holds the words asked
   * (with or without diacritics), agencies of this installation first.
   */
  public List<Destination> search(String words, String except, int limit) {
    WordMatch asked = WordMatch.of(words);
    List<Destination> found = new ArrayList<>();
    for (Agency agency : em.createNamedQuery(Agency.ALL, Agency.class).getResultList()) {
      if (agency.isActive()
          && agency.getOrganisationCode() != null
          && !agency.getOrganisationCode().equals(except)
          && asked.in(agency.getName(), agency.getOrganisationCode())) {
        found.add(of(agency));
      }
    }
    for (Partner partner : em.createNamedQuery(Partner.ALL, Partner.class).getResultList()) {
      if (partner.isActive() && asked.in(partner.getName(), partner.getOrganCode())) {
        found.add(of(partner));
      }
    }
    return found.size() > limit ? found.subList(0, limit) : found;
  }

  private static Destination of(Agency agency) {
    return new Destination(agency.getOrganisationCode(), agency.getName(), agency.getId(), null);
  }

  private static Destination of(Partner partner) {
    return new Destination(partner.getOrganCode(), partner.getName(), null, partner);
  }
}
