package vn.eoffice.archive.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.eoffice.archive.control.CaseFileAccess;
import vn.eoffice.archive.control.CaseFileExport;
import vn.eoffice.archive.entity.CaseFile;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.organisation.boundary.OrganisationService;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.people.entity.Role;

/**
 * A case file exported for whoever may read it (Phụ lục VI): as XML with its fields and its
 * documents', or as one PDF with a cover, the list of documents and the documents themselves, in
 * order. It holds the documents the caller may read; each export is logged.
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.ARCHIVIST_NAME, Role.LEADER_NAME, Role.OFFICER_NAME})
public class CaseFileExports {

  @Resource SessionContext context;
  @Inject CaseFileAccess access;
  @Inject CaseFileExport export;
  @EJB OrganisationService organisation;
  @EJB AuditLog audit;

  /** A file's name for the export: its code, with what a file name cannot hold replaced. */
  public record Exported(String name, byte[] content) {}

  public Exported xml(long id) {
    CaseFileAccess.Caller caller = CaseFileAccess.Caller.of(context);
    CaseFileAccess.Seen seen = access.seen(id, caller);
    CaseFile file = seen.file();
    Agency agency = organisation.agency();
    byte[] xml = export.xml(file, agency.getOrganisationCode(), access.readable(seen, caller));
    audit.record(AuditAction.CASE_FILE_READ, "CaseFile", id, "exported as XML");
    return new Exported(name(file, agency) + ".xml", xml);
  }

  public Exported pdf(long id) {
    CaseFileAccess.Caller caller = CaseFileAccess.Caller.of(context);
    CaseFileAccess.Seen seen = access.seen(id, caller);
    CaseFile file = seen.file();
    Agency agency = organisation.agency();
    byte[] pdf =
        export.pdf(
            file, agency.getOrganisationCode(), agency.getName(), access.readable(seen, caller));
    audit.record(AuditAction.CASE_FILE_READ, "CaseFile", id, "exported as PDF");
    return new Exported(name(file, agency) + ".pdf", pdf);
  }

  private static String name(CaseFile file, Agency agency) {
    return (agency.getOrganisationCode() + "." + file.getYear() + "." + file.getNotation())
        .replaceAll("[^\\p{L}\\p{N}._-]", "_");
  }
}
