package vn.eoffice.signatures.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.documents.boundary.Documents;
import vn.eoffice.documents.boundary.FileContent;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.StateConflictException;
import vn.eoffice.signatures.control.SignatureCheckRecords;
import vn.eoffice.signatures.control.SignedFiles;
import vn.eoffice.signatures.control.SigningSetup;
import vn.eoffice.signing.PdfSignatureValidation;

/**
 * Kiểm tra chữ ký số: validates the signatures of any PDF version a user may read, incoming
 * documents' included, with the strict policy (content changed after signing fails), the configured
 * trust anchors and online revocation; a readable report, and DSS's detailed report to download.
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.ARCHIVIST_NAME})
public class SignatureChecks {

  @EJB Documents documents;
  @EJB AuditLog audit;
  @Inject SignedFiles files;
  @Inject SigningSetup setup;
  @EJB SignatureCheckRecords checks;
  @Inject Clock clock;

  /** The report on a version of a document's file (the newest when {@code version} is null). */
  public SignatureReport check(long documentId, long fileId, Integer version) {
    return check(documentId, fileId, version, false).report();
  }

  /** DSS's detailed report (XML) on the same version. */
  public String detailedReport(long documentId, long fileId, Integer version) {
    return check(documentId, fileId, version, true).detailedXml();
  }

  private record Checked(SignatureReport report, String detailedXml) {}

  private Checked check(long documentId, long fileId, Integer version, boolean download) {
    FileContent content =
        documents.openFile(
            documentId,
            fileId,
            version,
            download ? Documents.FilePurpose.DOWNLOAD : Documents.FilePurpose.VIEW);
    if (!SignedFiles.PDF.equals(content.mediaType())) {
      throw new StateConflictException(
          "NotPdf", content.mediaType(), "only PDF files carry signatures we validate");
    }
    PdfSignatureValidation.Outcome outcome =
        setup.validation().validateWithReports(files.read(content.sha256()));
    checks.record(content.sha256(), outcome.verdicts(), clock.instant());
    SignatureReport report =
        new SignatureReport(
            documentId,
            fileId,
            content.version(),
            content.fileName(),
            content.sha256(),
            clock.instant(),
            !outcome.verdicts().isEmpty() && outcome.verdicts().stream().allMatch(v -> v.valid()),
            outcome.verdicts().stream().map(SignatureReport.Line::of).toList());
    audit.record(
        AuditAction.SIGNATURES_VALIDATED,
        "Document",
        documentId,
        "file "
            + fileId
            + " v"
            + content.version()
            + ": "
            + report.signatures().stream().map(SignatureReport.Line::status).toList());
    return new Checked(report, outcome.detailedReportXml());
  }
}
