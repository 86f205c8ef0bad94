package vn.eoffice.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * Surrogate id and optimistic-lock version. Ids come from one database sequence: EclipseLink writes
 * invalid DDL for IDENTITY columns on PostgreSQL, and a sequence allocates in blocks.
 */
@MappedSuperclass
public abstract class PersistentEntity {

  @Id
  @SequenceGenerator(name = "entityId", sequenceName = "entity_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entityId")
  private Long id;

  @Version
  @Column(nullable = false)
  private long version;

  public Long getId() {
    return id;
  }

  /**
   * Gives a new object the id of the row written for it by SQL rather than by the provider (see
   * IncomingRows); the id comes from the provider's own sequence, so the two never collide.
   */
  public void writtenAs(long id) {
    if (this.id != null) {
      throw new IllegalStateException("already has id " + this.id);
    }
    this.id = id;
  }
}
