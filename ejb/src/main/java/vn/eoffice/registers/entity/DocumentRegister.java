package vn.eoffice.registers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.platform.entity.AgencyRecord;

/**
 * Sổ đăng ký: one series of numbers that starts again at 1 every calendar year. An agency has one
 * incoming register; its outgoing registers are a general series plus, as the head of the agency
 * decides, a series for confidential documents and series for single document types.
 */
@Entity
@Table(name = "document_register")
@NamedQuery(
    name = DocumentRegister.OF_AGENCY,
    query =
        "SELECT r FROM DocumentRegister r WHERE r.agency = :agency"
            + " ORDER BY r.direction, r.confidential, r.name",
    hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
public class DocumentRegister extends AgencyRecord {

  public static final String OF_AGENCY = "DocumentRegister.ofAgency";

  /** The same column as {@link #getAgencyId()}, which writes it; read here as the agency. */
  @ManyToOne(optional = false)
  @JoinColumn(name = "agency_id", insertable = false, updatable = false)
  private Agency agency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Direction direction;

  @Column(nullable = false)
  private String name;

  /** A series for documents marked Mật, Tối mật or Tuyệt mật only. */
  @Column(nullable = false)
  private boolean confidential;

  /** When set, a series for this document type only. */
  @ManyToOne
  @JoinColumn(name = "document_type_id")
  private DocumentType documentType;

  @Column(nullable = false)
  private boolean active = true;

  protected DocumentRegister() {}

  public DocumentRegister(
      Agency agency,
      Direction direction,
      String name,
      boolean confidential,
      DocumentType documentType) {
    this.agency = agency;
    belongsTo(agency == null ? null : agency.getId());
    this.direction = direction;
    this.name = name;
    this.confidential = confidential;
    this.documentType = documentType;
  }

  /**
   * Whether an outgoing document of this type and confidentiality is numbered in this series:
   * confidential documents only in a confidential series, and a per-type series only for its type.
   */
  public boolean takes(DocumentType type, boolean confidentialDocument) {
    return active
        && confidential == confidentialDocument
        && (documentType == null || documentType.getId().equals(type.getId()));
  }

  public Agency getAgency() {
    return agency;
  }

  public Direction getDirection() {
    return direction;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isConfidential() {
    return confidential;
  }

  public DocumentType getDocumentType() {
    return documentType;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
