package vn.eoffice.archive.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.eoffice.archive.boundary.CaseFileView;
import vn.eoffice.archive.entity.CaseFile;
import vn.eoffice.archive.entity.CaseFileDocument;
import vn.eoffice.archive.entity.FileState;
import vn.eoffice.archive.entity.Loan;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.organisation.boundary.OrganisationService;
import vn.eoffice.people.control.Readers;
import vn.eoffice.people.entity.Reader;
import vn.eoffice.people.entity.UserAccount;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.platform.boundary.StateConflictException;

/**
 * Who may see and work on a case file, in one place: its keeper, the archivist (who may work on any
 * file) and the agency's leaders (who read every one). A file the caller may not see answers as if
 * it did not exist; so does a document in it the caller may not read, which its view leaves out.
 */
@Dependent
public class CaseFileAccess {

  /** The caller: their name, and whether they are an archivist or a leader. */
  public record Caller(String username, boolean archivist, boolean leader) {

    /** The caller of a service call. */
    public static Caller of(jakarta.ejb.SessionContext context) {
      return new Caller(
          context.getCallerPrincipal().getName(),
          context.isCallerInRole(vn.eoffice.people.entity.Role.ARCHIVIST_NAME),
          context.isCallerInRole(vn.eoffice.people.entity.Role.LEADER_NAME));
    }

    boolean readsAll() {
      return archivist || leader;
    }
  }

  @PersistenceContext EntityManager em;
  @Inject Readers readers;
  @Inject Clock clock;
  @EJB OrganisationService organisation;

  /** A file the caller may see, and whether only on a borrowing. */
  public record Seen(CaseFile file, boolean borrowed) {}

  public CaseFile visible(long id, Caller caller) {
    return seen(id, caller).file();
  }

  public Seen seen(long id, Caller caller) {
    CaseFile file = em.find(CaseFile.class, id);
    if (file != null && (caller.readsAll() || file.getResponsible().equals(caller.username()))) {
      return new Seen(file, false);
    }
    if (file == null || !onLoan(file, caller)) {
      throw new NotFoundException("Case file", id);
    }
    return new Seen(file, true);
  }

  /**
   * Whether the caller reads the file on a borrowing the head approved, open today (and the file is
   * in the archive).
   */
  private boolean onLoan(CaseFile file, Caller caller) {
    if (file.getState() != FileState.ACCEPTED) {
      return false;
    }
    LocalDate today = LocalDate.now(clock);
    return em
        .createNamedQuery(Loan.OF_FILE_AND_BORROWER, Loan.class)
        .setParameter("fileId", file.getId())
        .setParameter("borrower", caller.username())
        .getResultList()
        .stream()
        .anyMatch(l -> l.opensOn(today));
  }

  /** A file the caller keeps (any, for the archivist), locked for the change, in that state. */
  public CaseFile kept(long id, Caller caller, FileState... states) {
    CaseFile file = visible(id, caller);
    if (!file.getResponsible().equals(caller.username()) && !caller.archivist()) {
      throw new StateConflictException(
          "NotKeeper", file.getState(), "only the person who keeps a file works on it");
    }
    em.lock(file, LockModeType.PESSIMISTIC_WRITE);
    if (!List.of(states).contains(file.getState())) {
      throw new StateConflictException(
          file.getState() == FileState.OPEN ? "FileOpen" : "FileClosed",
          file.getState(),
          "the file is "
              + file.getState().name().toLowerCase(java.util.Locale.ROOT)
              + "; this needs it "
              + String.join(
                  " or ",
                  List.of(states).stream()
                      .map(s -> s.name().toLowerCase(java.util.Locale.ROOT))
                      .toList()));
    }
    return file;
  }

  public Reader reader(Caller caller) {
    return readers.of(caller.username());
  }

  /** The file with the documents the reader may read (its totals count them all). */
  public CaseFileView view(CaseFile file, Reader reader) {
    return view(file, reader, false);
  }

  /**
   * The same; on a borrowing, with every document of the file but the restricted ones the reader
   * may not read otherwise.
   */
  public CaseFileView view(CaseFile file, Reader reader, boolean borrowed) {
    String organCode = organisation.agency().getOrganisationCode();
    List<CaseFileView.FiledDocument> documents =
        file.getDocuments().stream()
            .filter(e -> readable(e.getDocument(), reader, borrowed))
            .map(CaseFileAccess::filed)
            .toList();
    return CaseFileView.of(file, organCode, keeperName(file), documents);
  }

  /** The full name of the person who keeps the file (Phụ lục VI: Creator). */
  public String keeperName(CaseFile file) {
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", file.getResponsible())
        .getResultStream()
        .findFirst()
        .map(UserAccount::getFullName)
        .orElse(file.getResponsible());
  }

  private static CaseFileView.FiledDocument filed(CaseFileDocument entry) {
    Document d = entry.getDocument();
    return new CaseFileView.FiledDocument(
        entry.getOrdinal(),
        d.getId(),
        d.getType() == null ? null : d.getType().getName(),
        CaseFileExport.codeNumber(d),
        CaseFileExport.codeNotation(d),
        d.getDocumentDate(),
        CaseFileExport.organName(d),
        d.getSubject(),
        d.getPageCount());
  }

  /** The documents of the file the caller may read (on a borrowing, all but restricted ones). */
  public List<Document> readable(Seen seen, Caller caller) {
    Reader reader = reader(caller);
    return seen.file().getDocuments().stream()
        .map(CaseFileDocument::getDocument)
        .filter(d -> readable(d, reader, seen.borrowed()))
        .toList();
  }

  private static boolean readable(Document d, Reader reader, boolean borrowed) {
    return d.readableBy(reader) || borrowed && !d.getConfidentiality().restricted();
  }
}
