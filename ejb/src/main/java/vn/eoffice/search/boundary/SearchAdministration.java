package vn.eoffice.search.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.StateConflictException;
import vn.eoffice.search.control.SearchIndex;

/** The administrator's rebuild of the whole search index from the database, with its progress. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SearchAdministration {

  @EJB SearchIndex index;
  @EJB AuditLog audit;

  /** Starts a rebuild; until it ends, searches find only the documents rebuilt so far. */
  public SearchIndex.Progress rebuild() {
    if (!index.requestRebuild()) {
      throw new StateConflictException(
          "RebuildRunning", "REBUILDING", "the index is being rebuilt already; wait for it");
    }
    audit.record(AuditAction.SEARCH_INDEX_REBUILT, "SearchIndex", null, "requested");
    return index.progress();
  }

  public SearchIndex.Progress progress() {
    return index.progress();
  }
}
