package vn.eoffice.web.organisation;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.eoffice.organisation.boundary.AgencyView;
import vn.eoffice.organisation.boundary.OrganisationService;

/** The agency this installation serves, with its units. */
@Path("agency")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

  @EJB OrganisationService organisation;

  @GET
  public AgencyView agency() {
    return organisation.agencyWithUnits();
  }
}
