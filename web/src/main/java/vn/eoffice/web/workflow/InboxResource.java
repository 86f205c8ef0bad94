package vn.eoffice.web.workflow;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.eoffice.workflow.boundary.FollowUp;
import vn.eoffice.workflow.boundary.Inbox;
import vn.eoffice.workflow.boundary.Worklists;

/** The user's inbox and the follow-up lists of overdue and soon-due work. */
@Path("inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

  @EJB Worklists worklists;

  /** {@code view}: all (default), new, in_progress, done, overdue, received. */
  @GET
  public Inbox inbox(@QueryParam("view") String view) {
    return worklists.inbox(view);
  }

  @GET
  @Path("follow-up")
  public FollowUp followUp() {
    return worklists.followUp();
  }
}
