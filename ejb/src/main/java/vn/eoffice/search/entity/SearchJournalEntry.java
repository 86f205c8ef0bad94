package vn.eoffice.search.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.eoffice.platform.entity.PersistentEntity;

/**
 * A document changed and not yet taken into the search index. The journal serves the one index of
 * every agency, so it is read across agencies; each entry names its document's agency, in whose
 * scope the follower reads the document.
 */
@Entity
@Table(name = "search_journal")
@NamedQuery(
    name = SearchJournalEntry.OLDEST,
    query = "SELECT e FROM SearchJournalEntry e ORDER BY e.changedAt, e.id")
@NamedQuery(
    name = SearchJournalEntry.DELETE,
    query = "DELETE FROM SearchJournalEntry e WHERE e.id IN :ids")
public class SearchJournalEntry extends PersistentEntity {

  public static final String OLDEST = "SearchJournalEntry.oldest";
  public static final String DELETE = "SearchJournalEntry.delete";

  @Column(name = "agency_id", nullable = false)
  private long agencyId;

  @Column(name = "document_id", nullable = false)
  private long documentId;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected SearchJournalEntry() {}

  public SearchJournalEntry(long agencyId, long documentId, Instant changedAt) {
    this.agencyId = agencyId;
    this.documentId = documentId;
    this.changedAt = changedAt;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public long getDocumentId() {
    return documentId;
  }
}
