package vn.eoffice.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.eoffice.platform.entity.AgencyRecord;

/** Đơn vị: a unit of the agency (Văn phòng, Địa chính, …), optionally inside another unit. */
@Entity
@Table(name = "org_unit")
@NamedQuery(
    name = Unit.OF_AGENCY,
    query = "SELECT u FROM Unit u WHERE u.agency = :agency ORDER BY u.name")
@NamedQuery(
    name = Unit.BY_ABBREVIATION,
    query = "SELECT u FROM Unit u WHERE u.agency = :agency AND u.abbreviation = :abbreviation")
public class Unit extends AgencyRecord {

  public static final String OF_AGENCY = "Unit.ofAgency";
  public static final String BY_ABBREVIATION = "Unit.byAbbreviation";

  /** The same column as {@link #getAgencyId()}, which writes it; read here as the agency. */
  @ManyToOne(optional = false)
  @JoinColumn(name = "agency_id", insertable = false, updatable = false)
  private Agency agency;

  @ManyToOne
  @JoinColumn(name = "parent_id")
  private Unit parent;

  @Column(nullable = false)
  private String name;

  /** Used after the agency's abbreviation in số ký hiệu, e.g. VP in 05/UBND-VP. */
  @Column(nullable = false, length = 20)
  private String abbreviation;

  /** Lãnh đạo cơ quan: its members with the LEADER role lead the whole agency. */
  @Column(nullable = false)
  private boolean leadership;

  protected Unit() {}

  public Unit(Agency agency, Unit parent, String name, String abbreviation) {
    this.agency = agency;
    belongsTo(agency == null ? null : agency.getId());
    this.parent = parent;
    this.name = name;
    this.abbreviation = abbreviation;
  }

  public Agency getAgency() {
    return agency;
  }

  public Unit getParent() {
    return parent;
  }

  public String getName() {
    return name;
  }

  public String getAbbreviation() {
    return abbreviation;
  }

  public boolean isLeadership() {
    return leadership;
  }

  public void setLeadership(boolean leadership) {
    this.leadership = leadership;
  }
}
