package vn.eoffice.archive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.platform.entity.AgencyRecord;

/** A document in a case file, with its order number there (DocOrdinal); never a copy of it. */
@Entity
@Table(name = "case_file_document")
public class CaseFileDocument extends AgencyRecord {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_file_id", nullable = false, updatable = false)
  private CaseFile caseFile;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "document_id", nullable = false, updatable = false)
  private Document document;

  @Column(nullable = false)
  private int ordinal;

  @Column(name = "added_by", nullable = false, length = 64, updatable = false)
  private String addedBy;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  protected CaseFileDocument() {}

  CaseFileDocument(CaseFile caseFile, Document document, int ordinal, String by, Instant at) {
    belongsTo(caseFile.getAgencyId());
    this.caseFile = caseFile;
    this.document = document;
    this.ordinal = ordinal;
    this.addedBy = by;
    this.addedAt = at;
  }

  void numbered(int ordinal) {
    this.ordinal = ordinal;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public Document getDocument() {
    return document;
  }

  public int getOrdinal() {
    return ordinal;
  }

  public String getAddedBy() {
    return addedBy;
  }

  public Instant getAddedAt() {
    return addedAt;
  }
}
