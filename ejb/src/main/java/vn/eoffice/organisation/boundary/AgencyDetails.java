package vn.eoffice.organisation.boundary;

import vn.eoffice.organisation.entity.Agency;

/** An agency as the platform administrator sees it in the agencies' tree; none of its records. */
public record AgencyDetails(
    long id,
    String name,
    String abbreviation,
    String organisationCode,
    Long parentId,
    String address,
    String email,
    String telephone,
    String placeName,
    boolean active,
    long people) {

  public static AgencyDetails of(Agency agency, long people) {
    return new AgencyDetails(
        agency.getId(),
        agency.getName(),
        agency.getAbbreviation(),
        agency.getOrganisationCode(),
        agency.getParent() == null ? null : agency.getParent().getId(),
        agency.getAddress(),
        agency.getEmail(),
        agency.getTelephone(),
        agency.getPlaceName(),
        agency.isActive(),
        people);
  }
}
