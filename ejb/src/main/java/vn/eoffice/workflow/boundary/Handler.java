package vn.eoffice.workflow.boundary;

/** Who handles: a unit (by id) or a person (by user name), exactly one of the two. */
public record Handler(Long unitId, String username) {

  public boolean isUnit() {
    return unitId != null;
  }
}
