package vn.eoffice.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A unit that takes part in a document: handling it (its leaders read it) or receiving it. */
@Embeddable
public class UnitShare {

  /** How the unit takes part. */
  public enum Kind {
    /** The unit, or a person of it, handles the document: the unit's leaders may read it. */
    HANDLING,
    /** The document was sent to the unit: its members may read it. */
    RECIPIENT
  }

  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Kind kind;

  protected UnitShare() {}

  public UnitShare(Long unitId, Kind kind) {
    this.unitId = Objects.requireNonNull(unitId);
    this.kind = Objects.requireNonNull(kind);
  }

  public Long getUnitId() {
    return unitId;
  }

  public Kind getKind() {
    return kind;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UnitShare that && unitId.equals(that.unitId) && kind == that.kind;
  }

  @Override
  public int hashCode() {
    return Objects.hash(unitId, kind);
  }
}
