package vn.eoffice.organisation.boundary;

import java.util.List;
import vn.eoffice.organisation.entity.Agency;

/**
 * The agency with its units, as the API shows it, and where its seal key is (null: the
 * installation's).
 */
public record AgencyView(
    long id,
    String name,
    String abbreviation,
    String organisationCode,
    String placeName,
    String sealTokenLabel,
    String sealKeyAlias,
    List<UnitView> units) {

  public static AgencyView of(Agency agency, List<UnitView> units) {
    return new AgencyView(
        agency.getId(),
        agency.getName(),
        agency.getAbbreviation(),
        agency.getOrganisationCode(),
        agency.getPlaceName(),
        agency.getSealTokenLabel(),
        agency.getSealKeyAlias(),
        units);
  }
}
