package vn.eoffice.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An entry's place in the hash chain and its hash; written once by the sealer. */
@Entity
@Table(name = "audit_seal")
@NamedQuery(
    name = AuditSeal.AFTER,
    query = "SELECT s FROM AuditSeal s WHERE s.chainIndex > :after ORDER BY s.chainIndex")
@NamedQuery(
    name = AuditSeal.OF_ENTRIES,
    query = "SELECT s FROM AuditSeal s WHERE s.entryId IN :ids")
public class AuditSeal {

  public static final String AFTER = "AuditSeal.after";
  public static final String OF_ENTRIES = "AuditSeal.ofEntries";

  @Id
  @Column(name = "chain_index")
  private long chainIndex;

  @Column(name = "entry_id", nullable = false)
  private long entryId;

  @Column(name = "entry_hash", nullable = false, length = 64)
  private String entryHash;

  protected AuditSeal() {}

  public AuditSeal(long chainIndex, long entryId, String entryHash) {
    this.chainIndex = chainIndex;
    this.entryId = entryId;
    this.entryHash = entryHash;
  }

  public long getChainIndex() {
    return chainIndex;
  }

  public long getEntryId() {
    return entryId;
  }

  public String getEntryHash() {
    return entryHash;
  }
}
