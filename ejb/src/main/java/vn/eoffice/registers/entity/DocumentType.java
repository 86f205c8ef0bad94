package vn.eoffice.registers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import vn.eoffice.platform.entity.AgencyRecord;
import vn.eoffice.platform.entity.AgencyScope;
import vn.eoffice.platform.entity.PersistentEntity;

/**
 * Tên loại văn bản, e.g. Quyết định (QĐ). The 29 types of Decree 30/2020 art. 7 are seeded once for
 * the whole platform (no agency); an agency may add types of its own, which only it sees. Công văn
 * and thư công have no abbreviation, so their số ký hiệu skips the type.
 */
@Entity
@Table(name = "document_type")
@AdditionalCriteria("this.agencyId IS NULL OR this.agencyId = :" + AgencyScope.PROPERTY)
@NamedQuery(
    name = DocumentType.ALL,
    query = "SELECT t FROM DocumentType t ORDER BY t.sortOrder, t.name")
public class DocumentType extends PersistentEntity {

  public static final String ALL = "DocumentType.all";

  @Column(nullable = false, length = 100)
  private String name;

  @Column(length = 10)
  private String abbreviation;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean active = true;

  /** The agency that added the type; none for the national list (Phụ lục III). */
  @Column(name = "agency_id", updatable = false)
  private Long agencyId;

  protected DocumentType() {}

  public DocumentType(String name, String abbreviation, int sortOrder) {
    this.agencyId = AgencyScope.current().orElse(null);
    this.name = name;
    this.abbreviation = abbreviation;
    this.sortOrder = sortOrder;
  }

  @PrePersist
  void stampAgency() {
    agencyId = AgencyRecord.Agencies.stamp(agencyId, DocumentType.class);
  }

  /** Whether it is one of the national list that every agency shares. */
  public boolean isNational() {
    return agencyId == null;
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  /** Chữ viết tắt tên loại (Phụ lục III), or null for công văn and thư công. */
  public String getAbbreviation() {
    return abbreviation;
  }

  public void setAbbreviation(String abbreviation) {
    this.abbreviation = abbreviation;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
