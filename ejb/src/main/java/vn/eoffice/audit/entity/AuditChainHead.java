package vn.eoffice.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The end of the chain: the last sealed index and hash, so that cut-off entries are noticed. */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

  public static final int ID = 1;

  @Id private Integer id;

  @Column(name = "chain_index", nullable = false)
  private long chainIndex;

  @Column(name = "entry_hash", nullable = false, length = 64)
  private String entryHash;

  protected AuditChainHead() {}

  public void advance(long chainIndex, String entryHash) {
    this.chainIndex = chainIndex;
    this.entryHash = entryHash;
  }

  public long getChainIndex() {
    return chainIndex;
  }

  public String getEntryHash() {
    return entryHash;
  }
}
