package vn.eoffice.archive.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.platform.entity.AgencyRecord;

/**
 * A case file (hồ sơ) with the fields of Phụ lục VI: its code is the agency's organ code, the year
 * it was formed and its notation; its documents are kept in order, each once, and a document may be
 * in several files. Open while its work goes on; closed, its documents and totals are fixed.
 */
@Entity
@Table(name = "case_file")
@NamedQuery(
    name = CaseFile.ALL,
    query = "SELECT f FROM CaseFile f ORDER BY f.year DESC, f.notation")
@NamedQuery(
    name = CaseFile.KEPT_BY,
    query =
        "SELECT f FROM CaseFile f WHERE f.responsible = :username ORDER BY f.year DESC, f.notation")
@NamedQuery(
    name = CaseFile.OF_YEAR_AND_NOTATION,
    query = "SELECT f FROM CaseFile f WHERE f.year = :year AND f.notation = :notation")
@NamedQuery(
    name = CaseFile.IN_STATE,
    query = "SELECT f FROM CaseFile f WHERE f.state = :state ORDER BY f.year DESC, f.notation")
@NamedQuery(
    name = CaseFile.HOLDING,
    query =
        "SELECT e.caseFile FROM CaseFileDocument e WHERE e.document.id = :documentId"
            + " ORDER BY e.caseFile.year DESC, e.caseFile.notation")
public class CaseFile extends AgencyRecord {

  public static final String ALL = "CaseFile.all";
  public static final String KEPT_BY = "CaseFile.keptBy";
  public static final String OF_YEAR_AND_NOTATION = "CaseFile.ofYearAndNotation";
  public static final String HOLDING = "CaseFile.holding";
  public static final String IN_STATE = "CaseFile.inState";

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "planned_id", updatable = false)
  private PlannedFile planned;

  @Column(name = "file_year", nullable = false, updatable = false)
  private int year;

  @Column(nullable = false, length = 20, updatable = false)
  private String notation;

  @Column(nullable = false, length = 500)
  private String title;

  @Column(name = "retention_years")
  private Integer retentionYears;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Access access;

  @Column(nullable = false, length = 50)
  private String language;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(length = 500)
  private String description;

  @Column(length = 500)
  private String keywords;

  @Column(name = "unit_id")
  private Long unitId;

  @Column(nullable = false, length = 64)
  private String responsible;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private FileState state = FileState.OPEN;

  @Column(name = "doc_total")
  private Integer docTotal;

  @Column(name = "page_total")
  private Integer pageTotal;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Column(name = "closed_by", length = 64)
  private String closedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "kept_until")
  private LocalDate keptUntil;

  @Column(name = "kept_reason", length = 1000)
  private String keptReason;

  @Column(name = "kept_approved_by", length = 64)
  private String keptApprovedBy;

  @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("ordinal")
  private List<CaseFileDocument> documents = new ArrayList<>();

  @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
  @OrderBy("submittedAt")
  private List<Handover> handovers = new ArrayList<>();

  protected CaseFile() {}

  /** What a file is opened with: from a planned file, or set by the handler outside the plan. */
  public record Heading(
      int year,
      String notation,
      String title,
      Integer retentionYears,
      Access access,
      String language,
      LocalDate startDate,
      String description,
      String keywords,
      Long unitId) {}

  public CaseFile(PlannedFile planned, Heading heading, String responsible, Instant openedAt) {
    if (planned != null) {
      belongsTo(planned.getAgencyId());
    }
    this.planned = planned;
    this.year = heading.year();
    this.notation = heading.notation();
    this.title = heading.title();
    this.retentionYears = heading.retentionYears();
    this.access = heading.access();
    this.language = heading.language();
    this.startDate = heading.startDate();
    this.description = heading.description();
    this.keywords = heading.keywords();
    this.unitId = heading.unitId();
    this.responsible = responsible;
    this.openedAt = openedAt;
  }

  /** Adds the document after the others; a document already in the file stays where it is. */
  public CaseFileDocument add(Document document, String by, Instant at) {
    Optional<CaseFileDocument> there = entry(document.getId());
    if (there.isPresent()) {
      return there.get();
    }
    int next = documents.stream().mapToInt(CaseFileDocument::getOrdinal).max().orElse(0) + 1;
    CaseFileDocument entry = new CaseFileDocument(this, document, next, by, at);
    documents.add(entry);
    return entry;
  }

  public boolean remove(long documentId) {
    return documents.removeIf(e -> e.getDocument().getId() == documentId);
  }

  public Optional<CaseFileDocument> entry(long documentId) {
    return documents.stream().filter(e -> e.getDocument().getId() == documentId).findFirst();
  }

  /**
   * Closes the file: its documents numbered 1, 2, … in their order, its totals and end date set,
   * its retention as confirmed.
   */
  public void close(Integer retentionYears, LocalDate endDate, String by, Instant at) {
    int ordinal = 1;
    int pages = 0;
    for (CaseFileDocument entry : documents) {
      entry.numbered(ordinal++);
      Integer count = entry.getDocument().getPageCount();
      pages += count == null ? 0 : count;
    }
    this.retentionYears = retentionYears;
    this.endDate = endDate;
    this.docTotal = documents.size();
    this.pageTotal = pages;
    this.state = FileState.CLOSED;
    this.closedBy = by;
    this.closedAt = at;
  }

  public boolean isOpen() {
    return state == FileState.OPEN;
  }

  /** Files of this retention or longer go to the current archive (Decree 30, art. 31). */
  public static final int TO_ARCHIVE_FROM_YEARS = 5;

  /** Whether the file goes to the current archive, or stays with its unit until destroyed. */
  public boolean goesToArchive() {
    return isPermanent() || retentionYears >= TO_ARCHIVE_FROM_YEARS;
  }

  /**
   * When the file is due at the current archive: a year after its work ended, or the date to which
   * its unit keeps it back with approval; null while open, or for a file that stays with its unit.
   */
  public LocalDate dueAtArchive() {
    if (endDate == null || !goesToArchive()) {
      return null;
    }
    return keptUntil != null ? keptUntil : endDate.plusYears(1);
  }

  /** Handed over to the current archive: the archivist checks it next. */
  public Handover submit(String by, Instant at) {
    Handover handover = new Handover(this, by, at);
    handovers.add(handover);
    state = FileState.SUBMITTED;
    return handover;
  }

  /** The archivist's decision on the latest hand-over. */
  public void decide(Handover.Outcome outcome, String reason, String by, Instant at) {
    handovers.get(handovers.size() - 1).decided(outcome, reason, by, at);
    state = outcome == Handover.Outcome.ACCEPTED ? FileState.ACCEPTED : FileState.RETURNED;
  }

  /** When its retention runs out: its end date and the years kept; never for a permanent file. */
  public LocalDate retentionEnds() {
    return isPermanent() || endDate == null ? null : endDate.plusYears(retentionYears);
  }

  /** Destroyed: its description and record stay; its documents are no longer in it. */
  public void destroyed() {
    documents.clear();
    state = FileState.DESTROYED;
  }

  /** A returned file opened again by its keeper, to mend what the archivist returned it for. */
  public void reopen() {
    state = FileState.OPEN;
  }

  /** The unit keeps the closed file back until then, with the head's approval (up to 2 years). */
  public void keepBack(LocalDate until, String reason, String approvedBy) {
    this.keptUntil = until;
    this.keptReason = reason;
    this.keptApprovedBy = approvedBy;
  }

  public PlannedFile getPlanned() {
    return planned;
  }

  public int getYear() {
    return year;
  }

  public String getNotation() {
    return notation;
  }

  public String getTitle() {
    return title;
  }

  public Integer getRetentionYears() {
    return retentionYears;
  }

  public boolean isPermanent() {
    return retentionYears == null;
  }

  public Access getAccess() {
    return access;
  }

  public String getLanguage() {
    return language;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public String getDescription() {
    return description;
  }

  public String getKeywords() {
    return keywords;
  }

  public Long getUnitId() {
    return unitId;
  }

  public String getResponsible() {
    return responsible;
  }

  public FileState getState() {
    return state;
  }

  public Integer getDocTotal() {
    return docTotal;
  }

  public Integer getPageTotal() {
    return pageTotal;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public List<CaseFileDocument> getDocuments() {
    return documents;
  }

  public List<Handover> getHandovers() {
    return handovers;
  }

  public LocalDate getKeptUntil() {
    return keptUntil;
  }

  public String getKeptReason() {
    return keptReason;
  }

  public String getKeptApprovedBy() {
    return keptApprovedBy;
  }
}
