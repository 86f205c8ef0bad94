package vn.eoffice.web.audit;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.eoffice.audit.boundary.AuditEntryView;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.boundary.AuditVerification;

/** Nhật ký hệ thống: the newest entries, and a verification of the whole hash chain. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @EJB AuditLog audit;

  @GET
  public List<AuditEntryView> newest(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    return audit.newest(offset, limit);
  }

  /** Walks the chain now; can take a while on a large log. */
  @POST
  @Path("verification")
  public AuditVerification verify() {
    return audit.verify();
  }
}
