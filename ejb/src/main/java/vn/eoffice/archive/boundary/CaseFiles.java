package vn.eoffice.archive.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.eoffice.archive.control.Keepers;
import vn.eoffice.archive.entity.Access;
import vn.eoffice.archive.entity.CaseFile;
import vn.eoffice.archive.entity.CaseFileDocument;
import vn.eoffice.archive.entity.PlanState;
import vn.eoffice.archive.entity.PlannedFile;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.organisation.boundary.OrganisationService;
import vn.eoffice.people.control.Readers;
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

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject InputValidator input;
  @Inject Keepers keepers;
  @Inject Readers readers;
  @Inject Clock clock;
  @EJB OrganisationService organisation;
  @EJB AuditLog audit;

  /** The files the caller keeps; every file of the agency for the archivist and the leaders. */
  public List<CaseFileView> list() {
    List<CaseFile> files =
        readsAll()
            ? em.createNamedQuery(CaseFile.ALL, CaseFile.class).getResultList()
            : em.createNamedQuery(CaseFile.KEPT_BY, CaseFile.class)
                .setParameter("username", caller())
                .getResultList();
    Reader reader = readers.of(caller());
    return files.stream().map(f -> view(f, reader)).toList();
  }

  public CaseFileView get(long id) {
    return view(visible(id), readers.of(caller()));
  }

  public CaseFileView open(OpeningForm form) {
    input.check(form);
    PlannedFile planned = null;
    CaseFile.Heading heading;
    LocalDate today = LocalDate.now(clock.withZone(FilePlans.ZONE));
    Access access = form.access() == null ? Access.OPEN : form.access();
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
              access,
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
              access,
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
    CaseFile file = new CaseFile(planned, heading, caller(), clock.instant());
    em.persist(file);
    em.flush();
    audit.record(
        AuditAction.CASE_FILE_CHANGED,
        "CaseFile",
        file.getId(),
        "opened " + heading.year() + "." + heading.notation());
    return view(file, readers.of(caller()));
  }

  /** Adds a document the caller may read to an open file the caller keeps. */
  public CaseFileView add(long id, long documentId) {
    CaseFile file = workable(id);
    Reader reader = readers.of(caller());
    Document document = em.find(Document.class, documentId);
    if (document == null || !document.readableBy(reader)) {
      throw new NotFoundException("Document", documentId);
    }
    CaseFileDocument entry = file.add(document, caller(), clock.instant());
    em.flush();
    audit.record(
        AuditAction.CASE_FILE_CHANGED,
        "CaseFile",
        id,
        "document " + documentId + " as " + entry.getOrdinal());
    return view(file, reader);
  }

  public CaseFileView remove(long id, long documentId) {
    CaseFile file = workable(id);
    Reader reader = readers.of(caller());
    CaseFileDocument entry =
        file.entry(documentId)
            .filter(e -> e.getDocument().readableBy(reader))
            .orElseThrow(() -> new NotFoundException("Document in the file", documentId));
    file.remove(entry.getDocument().getId());
    audit.record(AuditAction.CASE_FILE_CHANGED, "CaseFile", id, "took out " + documentId);
    return view(file, reader);
  }

  /**
   * Closes the file: drafts that were never issued are taken out, the documents numbered in order,
   * the totals counted, the retention confirmed and the end date set.
   */
  public CaseFileView close(long id, ClosingForm form) {
    input.check(form);
    CaseFile file = workable(id);
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
                .orElse(LocalDate.now(clock.withZone(FilePlans.ZONE)));
    if (end.isBefore(file.getStartDate())) {
      throw new InvalidInputException(
          Violation.of(
              "endDate",
              "BeforeStart",
              "the file ends on " + end + ", before it started on " + file.getStartDate()));
    }
    file.close(retention, end, caller(), clock.instant());
    audit.record(
        AuditAction.CASE_FILE_CLOSED,
        "CaseFile",
        id,
        file.getDocTotal()
            + " documents, "
            + file.getPageTotal()
            + " pages"
            + (drafts.isEmpty() ? "" : ", drafts taken out: " + drafts));
    return view(file, readers.of(caller()));
  }

  private CaseFile visible(long id) {
    CaseFile file = em.find(CaseFile.class, id);
    if (file == null || !(readsAll() || file.getResponsible().equals(caller()))) {
      throw new NotFoundException("Case file", id);
    }
    return file;
  }

  /** A file the caller may work on: its keeper's or any for the archivist; open. */
  private CaseFile workable(long id) {
    CaseFile file = visible(id);
    if (!file.getResponsible().equals(caller()) && !context.isCallerInRole(Role.ARCHIVIST_NAME)) {
      throw new StateConflictException(
          "NotKeeper", file.getState(), "only the person who keeps a file works on it");
    }
    em.lock(file, LockModeType.PESSIMISTIC_WRITE);
    if (!file.isOpen()) {
      throw new StateConflictException(
          "FileClosed", file.getState(), "the file is closed: its documents are fixed");
    }
    return file;
  }

  private boolean readsAll() {
    return context.isCallerInRole(Role.ARCHIVIST_NAME) || context.isCallerInRole(Role.LEADER_NAME);
  }

  /** The file with the documents the reader may read (the totals count them all). */
  private CaseFileView view(CaseFile file, Reader reader) {
    String organCode = organisation.agency().getOrganisationCode();
    List<CaseFileView.FiledDocument> documents =
        file.getDocuments().stream()
            .filter(e -> e.getDocument().readableBy(reader))
            .map(CaseFiles::filed)
            .toList();
    return CaseFileView.of(file, organCode, documents);
  }

  private static CaseFileView.FiledDocument filed(CaseFileDocument entry) {
    Document d = entry.getDocument();
    String notation = d.getNotation();
    int slash = notation == null ? -1 : notation.indexOf('/');
    return new CaseFileView.FiledDocument(
        entry.getOrdinal(),
        d.getId(),
        d.getType() == null ? null : d.getType().getName(),
        slash < 0 ? notation : notation.substring(0, slash),
        slash < 0 ? null : notation.substring(slash + 1),
        d.getDocumentDate(),
        d.getIssuerName() == null ? d.getAgency().getName() : d.getIssuerName(),
        d.getSubject(),
        d.getPageCount());
  }

  private static String blankless(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
