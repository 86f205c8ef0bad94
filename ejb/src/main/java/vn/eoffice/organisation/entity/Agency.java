package vn.eoffice.organisation.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.eoffice.platform.entity.PersistentEntity;

/** Cơ quan, tổ chức: the agency that issues documents under its own name, e.g. "UBND xã Demo". */
@Entity
@Cacheable
@Table(name = "agency")
@NamedQuery(name = Agency.ALL, query = "SELECT a FROM Agency a ORDER BY a.id")
public class Agency extends PersistentEntity {

  public static final String ALL = "Agency.all";

  @Column(nullable = false)
  private String name;

  /** Viết tắt tên cơ quan: the issuer part of a số ký hiệu, e.g. UBND in 15/QĐ-UBND. */
  @Column(nullable = false, length = 20)
  private String abbreviation;

  /** Mã định danh: the 13-character id used on the national document exchange, if assigned. */
  @Column(name = "organisation_code", length = 13)
  private String organisationCode;

  protected Agency() {}

  public Agency(String name, String abbreviation, String organisationCode) {
    this.name = name;
    this.abbreviation = abbreviation;
    this.organisationCode = organisationCode;
  }

  public String getName() {
    return name;
  }

  public String getAbbreviation() {
    return abbreviation;
  }

  public String getOrganisationCode() {
    return organisationCode;
  }
}
