package vn.eoffice.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import vn.eoffice.documents.boundary.DocumentChanged;
import vn.eoffice.platform.entity.AgencyScope;
import vn.eoffice.search.entity.SearchJournalEntry;

/** Notes every changed document in the changing transaction: committed with it or not at all. */
@ApplicationScoped
public class SearchJournal {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  void changed(@Observes DocumentChanged changed) {
    em.persist(
        new SearchJournalEntry(AgencyScope.required(), changed.documentId(), clock.instant()));
  }
}
