package vn.eoffice.web.organisation;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.eoffice.organisation.boundary.AgencyView;
import vn.eoffice.organisation.boundary.OrganisationService;
import vn.eoffice.organisation.boundary.SealKeyForm;
import vn.eoffice.web.api.RequestBodies;

/** The caller's agency, with its units. */
@Path("agency")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

  @EJB OrganisationService organisation;

  @GET
  public AgencyView agency() {
    return organisation.agencyWithUnits();
  }

  /** Where the agency's seal key is on the HSM (its administrator). */
  @PUT
  @Path("seal-key")
  @Consumes(MediaType.APPLICATION_JSON)
  public AgencyView sealKey(SealKeyForm form) {
    return organisation.chooseSealKey(RequestBodies.required(form));
  }
}
