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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.eoffice.archive.control.CaseFileAccess;
import vn.eoffice.archive.control.Keepers;
import vn.eoffice.archive.entity.Access;
import vn.eoffice.archive.entity.CaseFile;
import vn.eoffice.archive.entity.CaseFileDocument;
import vn.eoffice.archive.entity.FileState;
import vn.eoffice.archive.entity.PlanState;
import vn.eoffice.archive.entity.PlannedFile;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.people.entity.Reader;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.InputValidator;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.platform.boundary.StateConflictException;
import vn.eoffice.platform.boundary.Violation;

/**
 * Case files (hồ sơ): a handler opens one from the year's approved plan or outside it, adds the
 * documents of the work (each once, in order; a document may be in several files), takes out what
 * does not belong, and closes it. The person who keeps a file works on it; the archivist and the
 * leaders read every file of the agency and the archivist may work on any. A file the caller may
 * not see answers as if it did not exist, and so does a document the caller may not read.
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.ARCHIVIST_NAME, Role.LEADER_NAME, Role.OFFICER_NAME})
public class CaseFiles {

  private static final String VIETNAMESE = "Tiếng Việt";

  /** How long before a file is due at the archive its keeper is reminded (Phụ lục VI). */
  static final int REMIND_DAYS = 30;

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject InputValidator input;
  @Inject Keepers keepers;
  @Inject CaseFileAccess access;
  @Inject Clock clock;
  @EJB AuditLog audit;

  /** The files the caller keeps; every file of the agency for the archivist and the leaders. */
  public List<CaseFileView> list() {
    CaseFileAccess.Caller caller = caller();
    List<CaseFile> files =
        caller.archivist() || caller.leader()
            ? em.createNamedQuery(CaseFile.ALL, CaseFile.class).getResultList()
            : em.createNamedQuery(CaseFile.KEPT_BY, CaseFile.class)
                .setParameter("username", caller.username())
                .getResultList();
    Reader reader = access.reader(caller);
    return files.stream().map(f -> access.view(f, reader)).toList();
  }

  /**
   * The closed files due at the current archive within 30 days, or overdue, that are not handed
   * over yet: the caller's, or every one of the agency for the archivist (Phụ lục VI: the warning
   * 30 days before the hand-over is due).
   */
  public List<CaseFileView> dueAtArchive() {
    CaseFileAccess.Caller caller = caller();
    LocalDate horizon = LocalDate.now(clock).plusDays(REMIND_DAYS);
    Reader reader = access.reader(caller);
    return em
        .createNamedQuery(CaseFile.IN_STATE, CaseFile.class)
        .setParameter("state", FileState.CLOSED)
        .getResultList()
        .stream()
        .filter(f -> caller.archivist() || f.getResponsible().equals(caller.username()))
        .filter(f -> f.dueAtArchive() != null && !f.dueAtArchive().isAfter(horizon))
        .sorted(Comparator.comparing(CaseFile::dueAtArchive))
        .map(f -> access.view(f, reader))
        .toList();
  }

  /** A file; read on a borrowing, the reading is logged. */
  public CaseFileView get(long id) {
    CaseFileAccess.Caller caller = caller();
    CaseFileAccess.Seen seen = access.seen(id, caller);
    if (seen.borrowed()) {
      audit.record(AuditAction.CASE_FILE_READ, "CaseFile", id, "read on a borrowing");
    }
    return access.view(seen.file(), access.reader(caller), seen.borrowed());
  }

  public CaseFileView open(OpeningForm form) {
    input.check(form);
    PlannedFile planned = null;
    CaseFile.Heading heading;
    LocalDate today = LocalDate.now(clock);
    Access rights = form.access() == null ? Access.OPEN : form.access();
    String language =
        form.language() == null || form.language().isBlank() ? VIETNAMESE : form.language().strip();
    LocalDate start = form.startDate() == null ? today : form.startDate();
    if (form.plannedId() != null) {
      planned = em.find(PlannedFile.class, form.plannedId());
      if (planned == null) {
        throw new NotFoundException("Planned file", form.plannedId());
      }
      if (planned.getPlan().getState() != PlanState.APPROVED) {
        throw new StateConflictException(
            "PlanNotApproved",
            planned.getPlan().getState(),
            "files are opened from a plan once the head of the agency has approved it");
      }
      heading =
          new CaseFile.Heading(
              planned.getPlan().getYear(),
              planned.getNotation(),
              planned.getTitle(),
              planned.getRetentionYears(),
              rights,
              language,
              start,
              blankless(form.description()),
              blankless(form.keywords()),
              planned.getUnitId());
    } else {
      List<Violation> missing = new ArrayList<>();
      if (form.notation() == null || form.notation().isBlank()) {
        missing.add(
            Violation.of(
                "notation", "Required", "a file outside the plan needs its notation (≤ 20)"));
      }
      if (form.title() == null || form.title().isBlank()) {
        missing.add(Violation.of("title", "Required", "a file outside the plan needs a title"));
      }
      if (!missing.isEmpty()) {
        throw new InvalidInputException(missing);
      }
      keepers.check(form.unitId(), null);
      heading =
          new CaseFile.Heading(
              form.year() == null ? start.getYear() : form.year(),
              form.notation().strip(),
              form.title().strip(),
              Retention.of(form.retentionYears(), form.permanent()),
              rights,
              language,
              start,
              blankless(form.description()),
              blankless(form.keywords()),
              form.unitId());
    }
    if (!em.createNamedQuery(CaseFile.OF_YEAR_AND_NOTATION, CaseFile.class)
        .setParameter("year", heading.year())
        .setParameter("notation", heading.notation())
        .getResultList()
        .isEmpty()) {
      throw new StateConflictException(
          new Violation(
              "notation",
              "OpenedAlready",
              java.util.Map.of("year", heading.year(), "notation", heading.notation()),
              "the file "
                  + heading.notation()
                  + " of "
                  + heading.year()
                  + " is open already: documents are added to it"));
    }
    CaseFile file = new CaseFile(planned, heading, caller().username(), clock.instant());
    em.persist(file);
    em.flush();
    audit.record(
        AuditAction.CASE_FILE_CHANGED,
        "CaseFile",
        file.getId(),
        "opened " + heading.year() + "." + heading.notation());
    return access.view(file, access.reader(caller()));
  }

  /** Adds a document the caller may read to an open file the caller keeps. */
  public CaseFileView add(long id, long documentId) {
    CaseFileAccess.Caller caller = caller();
    CaseFile file = access.kept(id, caller, FileState.OPEN);
    Reader reader = access.reader(caller);
    Document document = em.find(Document.class, documentId);
    if (document == null || !document.readableBy(reader)) {
      throw new NotFoundException("Document", documentId);
    }
    CaseFileDocument entry = file.add(document, caller.username(), clock.instant());
    em.flush();
    audit.record(
        AuditAction.CASE_FILE_CHANGED,
        "CaseFile",
        id,
        "document " + documentId + " as " + entry.getOrdinal());
    return access.view(file, reader);
  }

  public CaseFileView remove(long id, long documentId) {
    CaseFileAccess.Caller caller = caller();
    CaseFile file = access.kept(id, caller, FileState.OPEN);
    Reader reader = access.reader(caller);
    CaseFileDocument entry =
        file.entry(documentId)
            .filter(e -> e.getDocument().readableBy(reader))
            .orElseThrow(() -> new NotFoundException("Document in the file", documentId));
    file.remove(entry.getDocument().getId());
    audit.record(AuditAction.CASE_FILE_CHANGED, "CaseFile", id, "took out " + documentId);
    return access.view(file, reader);
  }

  /**
   * Closes the file: drafts that were never issued are taken out, the documents numbered in order,
   * the totals counted, the retention confirmed and the end date set.
   */
  public CaseFileView close(long id, ClosingForm form) {
    input.check(form);
    CaseFileAccess.Caller caller = caller();
    CaseFile file = access.kept(id, caller, FileState.OPEN);
    List<Long> drafts =
        file.getDocuments().stream()
            .map(CaseFileDocument::getDocument)
            .filter(d -> d.getStatus().unissuedDraft())
            .map(Document::getId)
            .toList();
    drafts.forEach(file::remove);
    if (file.getDocuments().isEmpty()) {
      throw new StateConflictException(
          "FileEmpty",
          file.getState(),
          drafts.isEmpty()
              ? "a file with no document cannot be closed"
              : "a file with only drafts cannot be closed: drafts are not kept in a file");
    }
    Integer retention =
        form.permanent() == null && form.retentionYears() == null
            ? file.getRetentionYears()
            : Retention.of(form.retentionYears(), Boolean.TRUE.equals(form.permanent()));
    LocalDate end =
        form.endDate() != null
            ? form.endDate()
            : file.getDocuments().stream()
                .map(e -> e.getDocument().getDocumentDate())
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(LocalDate.now(clock));
    if (end.isBefore(file.getStartDate())) {
      throw new InvalidInputException(
          Violation.of(
              "endDate",
              "BeforeStart",
              "the file ends on " + end + ", before it started on " + file.getStartDate()));
    }
    file.close(retention, end, caller.username(), clock.instant());
    audit.record(
        AuditAction.CASE_FILE_CLOSED,
        "CaseFile",
        id,
        file.getDocTotal()
            + " documents, "
            + file.getPageTotal()
            + " pages"
            + (drafts.isEmpty() ? "" : ", drafts taken out: " + drafts));
    return access.view(file, access.reader(caller));
  }

  private static String blankless(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private CaseFileAccess.Caller caller() {
    return CaseFileAccess.Caller.of(context);
  }
}
