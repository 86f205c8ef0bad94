package vn.eoffice.organisation.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.eoffice.platform.entity.PersistentEntity;

/** Cơ quan, tổ chức: the agency that issues documents under its own name, e.g. "UBND xã Demo". */
@Entity
@Cacheable
@Table(name = "agency")
@NamedQuery(name = Agency.ALL, query = "SELECT a FROM Agency a ORDER BY a.id")
@NamedQuery(
    name = Agency.BY_CODE,
    query = "SELECT a FROM Agency a WHERE a.organisationCode = :code")
public class Agency extends PersistentEntity {

  public static final String ALL = "Agency.all";
  public static final String BY_CODE = "Agency.byCode";

  @Column(nullable = false)
  private String name;

  /** Viết tắt tên cơ quan: the issuer part of a số ký hiệu, e.g. UBND in 15/QĐ-UBND. */
  @Column(nullable = false, length = 20)
  private String abbreviation;

  /**
   * Mã định danh ({@link OrganCode}): the 13-character id used on the national document exchange,
   * if assigned; unique on the platform.
   */
  @Column(name = "organisation_code", length = 13, unique = true)
  private String organisationCode;

  /** The agency it belongs under (a commune or a department under its province), if any. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Agency parent;

  /** Địa chỉ, for the sender block of what it sends. */
  @Column(length = 500)
  private String address;

  @Column(length = 254)
  private String email;

  @Column(length = 40)
  private String telephone;

  /** Địa danh of its date line: "Xã Demo" in "Xã Demo, ngày 07 tháng 12 năm 2026". */
  @Column(name = "place_name", length = 100)
  private String placeName;

  /** The HSM token that holds its seal key; none: the installation's (EOFFICE_SEAL_TOKEN_LABEL). */
  @Column(name = "seal_token_label", length = 64)
  private String sealTokenLabel;

  /** Its seal key's alias on that token; none: the installation's, or the token's only key. */
  @Column(name = "seal_key_alias", length = 64)
  private String sealKeyAlias;

  /** An agency deactivated keeps its records; its people can no longer sign in. */
  @Column(nullable = false)
  private boolean active = true;

  protected Agency() {}

  /**
   * @param organisationCode its mã định danh, or null while it has none
   * @throws IllegalArgumentException when the code is not a mã định danh
   */
  public Agency(String name, String abbreviation, String organisationCode) {
    this.name = name;
    this.abbreviation = abbreviation;
    this.organisationCode =
        organisationCode == null ? null : OrganCode.parse(organisationCode).text();
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

  /** A new name, abbreviation or mã định danh (null while it has none). */
  public void rename(String name, String abbreviation, String organisationCode) {
    this.name = name;
    this.abbreviation = abbreviation;
    this.organisationCode =
        organisationCode == null ? null : OrganCode.parse(organisationCode).text();
  }

  public Agency getParent() {
    return parent;
  }

  /**
   * Places the agency under another.
   *
   * @throws IllegalArgumentException when that would put it under itself
   */
  public void setParent(Agency parent) {
    for (Agency up = parent; up != null; up = up.getParent()) {
      if (up == this) {
        throw new IllegalArgumentException(name + " cannot be placed under itself");
      }
    }
    this.parent = parent;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getTelephone() {
    return telephone;
  }

  public void setTelephone(String telephone) {
    this.telephone = telephone;
  }

  public String getPlaceName() {
    return placeName;
  }

  public void setPlaceName(String placeName) {
    this.placeName = placeName;
  }

  public String getSealTokenLabel() {
    return sealTokenLabel;
  }

  public String getSealKeyAlias() {
    return sealKeyAlias;
  }

  /** The token and key its seal is made with; nulls fall back to the installation's. */
  public void sealWith(String tokenLabel, String keyAlias) {
    this.sealTokenLabel = tokenLabel;
    this.sealKeyAlias = keyAlias;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
