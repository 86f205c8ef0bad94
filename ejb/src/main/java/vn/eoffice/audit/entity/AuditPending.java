package vn.eoffice.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * An entry waiting for the sealer, written in the same transaction as the entry. The sealer takes
 * these few rows instead of searching the growing log for what it has not sealed yet.
 */
@Entity
@Table(name = "audit_pending")
@NamedQuery(name = AuditPending.DONE, query = "DELETE FROM AuditPending p WHERE p.entryId IN :ids")
public class AuditPending {

  public static final String DONE = "AuditPending.done";

  @Id
  @Column(name = "entry_id")
  private long entryId;

  protected AuditPending() {}

  public AuditPending(long entryId) {
    this.entryId = entryId;
  }

  public long getEntryId() {
    return entryId;
  }
}
