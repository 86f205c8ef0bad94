package vn.eoffice.organisation.boundary;

import vn.eoffice.organisation.entity.Unit;

/** A unit as the API shows it. */
public record UnitView(long id, String name, String abbreviation, Long parentId) {

  public static UnitView of(Unit unit) {
    return new UnitView(
        unit.getId(),
        unit.getName(),
        unit.getAbbreviation(),
        unit.getParent() == null ? null : unit.getParent().getId());
  }
}
