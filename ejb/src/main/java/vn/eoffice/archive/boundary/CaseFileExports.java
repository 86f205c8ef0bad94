package vn.eoffice.archive.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.eoffice.archive.control.CaseFileAccess;
import vn.eoffice.archive.control.CaseFileExport;
import vn.eoffice.archive.control.Renditions;
import vn.eoffice.archive.control.TransferPackage;
import vn.eoffice.archive.control.TransferPackageCheck;
import vn.eoffice.archive.entity.CaseFile;
import vn.eoffice.archive.entity.FileState;
import vn.eoffice.archive.entity.PdfaRendition;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.documents.control.FileStore;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentFile;
import vn.eoffice.documents.entity.FileVersion;
import vn.eoffice.documents.entity.StoredContent;
import vn.eoffice.documents.entity.StoredFile;
import vn.eoffice.organisation.boundary.OrganisationService;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.StateConflictException;

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
  @Inject FileStore store;
  @Inject Clock clock;
  @Inject Renditions renditions;
  @PersistenceContext EntityManager em;

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

  /**
   * The file as a transfer package for the historical archive (E-ARK CSIP): its Phụ lục VI
   * description and its documents' files as registered, each with its size and SHA-256. Only a file
   * accepted into the archive goes, and only the archivist hands it on.
   */
  @RolesAllowed(Role.ARCHIVIST_NAME)
  public TransferPackage.Package transferPackage(long id) {
    CaseFileAccess.Caller caller = CaseFileAccess.Caller.of(context);
    CaseFileAccess.Seen seen = access.seen(id, caller);
    CaseFile file = seen.file();
    if (file.getState() != FileState.ACCEPTED) {
      throw new StateConflictException(
          "NotInArchive",
          file.getState(),
          "only a file accepted into the archive goes to the historical archive");
    }
    Agency agency = organisation.agency();
    List<Document> documents = access.readable(seen, caller);
    byte[] description = export.xml(file, agency.getOrganisationCode(), documents);
    List<TransferPackage.DataFile> originals = new ArrayList<>();
    int ordinal = 1;
    for (Document document : documents) {
      for (DocumentFile documentFile : document.getFiles()) {
        FileVersion current = documentFile.current();
        StoredFile content = current.getContent();
        String sha256 = content.getSha256();
        originals.add(
            new TransferPackage.DataFile(
                String.format(
                    "%03d-%d-%s", ordinal, documentFile.getPosition(), content.getFileName()),
                content.getMediaType(),
                content.getSize(),
                sha256,
                current.getCreatedAt(),
                () -> store.open(sha256)));
      }
      ordinal++;
    }
    List<TransferPackage.Representation> representations = new ArrayList<>();
    representations.add(new TransferPackage.Representation("original", originals));
    List<TransferPackage.DataFile> reports = new ArrayList<>();
    if (Renditions.keptLong(file)) {
      representations.add(
          new TransferPackage.Representation("pdfa", renditions(originals, reports)));
    }
    audit.record(
        AuditAction.CASE_FILE_READ, "CaseFile", id, "exported as a transfer package (E-ARK)");
    return new TransferPackage.Package(
        name(file, agency),
        file.getTitle(),
        clock.instant(),
        description,
        reports,
        representations,
        "0.1.0");
  }

  /**
   * The PDF/A renditions of the files, in their order, named as they are with ".pdf"; refused while
   * one is still being made.
   */
  private List<TransferPackage.DataFile> renditions(
      List<TransferPackage.DataFile> originals, List<TransferPackage.DataFile> reports) {
    Map<String, PdfaRendition> made =
        renditions.of(originals.stream().map(TransferPackage.DataFile::sha256).distinct().toList());
    long waiting =
        originals.stream()
            .map(o -> made.get(o.sha256()))
            .filter(r -> r == null || r.getState() == PdfaRendition.State.WAITING)
            .count();
    if (waiting > 0) {
      throw new StateConflictException(
          "RenditionsNotReady",
          waiting,
          waiting
              + " of "
              + originals.size()
              + " PDF/A renditions are still being made; ask again"
              + " in a minute");
    }
    List<TransferPackage.DataFile> files = new ArrayList<>();
    for (TransferPackage.DataFile original : originals) {
      PdfaRendition rendition = made.get(original.sha256());
      if (rendition.getState() != PdfaRendition.State.DONE) {
        continue;
      }
      String report = rendition.getSignatureReportSha256();
      if (report != null) {
        reports.add(
            new TransferPackage.DataFile(
                "chu-ky-" + original.name().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "") + ".xml",
                "application/xml",
                em.find(StoredContent.class, report).getSize(),
                report,
                rendition.getFinishedAt(),
                () -> store.open(report)));
      }
      String sha256 = rendition.getRenditionSha256();
      files.add(
          new TransferPackage.DataFile(
              original.name().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "") + ".pdf",
              "application/pdf",
              em.find(StoredContent.class, sha256).getSize(),
              sha256,
              original.created(),
              () -> store.open(sha256)));
    }
    return files;
  }

  /** Reads a transfer package back: every file its METS names, with its size and SHA-256. */
  @RolesAllowed(Role.ARCHIVIST_NAME)
  public TransferPackageCheck.Report check(java.io.InputStream zip) {
    FileStore.Received received = store.receive(zip, MOST_PACKAGE_BYTES);
    try {
      return TransferPackageCheck.check(received.file());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("the package could not be read", e);
    } finally {
      store.discard(received.file());
    }
  }

  /** The largest package read back: 4 GB. */
  private static final long MOST_PACKAGE_BYTES = 4L * 1024 * 1024 * 1024;

  private static String name(CaseFile file, Agency agency) {
    return (agency.getOrganisationCode() + "." + file.getYear() + "." + file.getNotation())
        .replaceAll("[^\\p{L}\\p{N}._-]", "_");
  }
}
