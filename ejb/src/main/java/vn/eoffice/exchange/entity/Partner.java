package vn.eoffice.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.eoffice.platform.entity.PersistentEntity;

/**
 * An agency outside this installation that agencies here exchange documents with: its organ code,
 * the exchange endpoint that reaches it (another e-Office, or an adapter of the national axis), and
 * the certificate its packages and statuses are signed with. The platform's directory, shared by
 * every agency of the installation.
 */
@Entity
@Table(name = "exchange_partner")
@NamedQuery(name = Partner.ALL, query = "SELECT p FROM Partner p ORDER BY p.name")
@NamedQuery(name = Partner.BY_CODE, query = "SELECT p FROM Partner p WHERE p.organCode = :code")
public class Partner extends PersistentEntity {

  public static final String ALL = "Partner.all";
  public static final String BY_CODE = "Partner.byCode";

  @Column(name = "organ_code", nullable = false, length = 13)
  private String organCode;

  @Column(nullable = false, length = 255)
  private String name;

  @Column(nullable = false, length = 500)
  private String endpoint;

  /** PEM. */
  @Column(nullable = false, length = 8000)
  private String certificate;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Partner() {}

  public Partner(
      String organCode, String name, String endpoint, String certificate, Instant createdAt) {
    this.organCode = organCode;
    this.createdAt = createdAt;
    change(name, endpoint, certificate);
  }

  public void change(String name, String endpoint, String certificate) {
    this.name = name;
    this.endpoint = endpoint;
    this.certificate = certificate;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public String getOrganCode() {
    return organCode;
  }

  public String getName() {
    return name;
  }

  public String getEndpoint() {
    return endpoint;
  }

  public String getCertificate() {
    return certificate;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
