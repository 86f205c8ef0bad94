package vn.eoffice.workflow.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.eoffice.platform.entity.AgencyRecord;

/** A handler's note on how the work goes, with the names of any files attached with it. */
@Entity
@Table(name = "progress_report")
@NamedQuery(
    name = ProgressReport.OF_DOCUMENT,
    query =
        "SELECT p FROM ProgressReport p WHERE p.assignment.document.id = :documentId"
            + " ORDER BY p.writtenAt, p.id")
public class ProgressReport extends AgencyRecord {

  public static final String OF_DOCUMENT = "ProgressReport.ofDocument";

  @ManyToOne(optional = false)
  @JoinColumn(name = "assignment_id")
  private Assignment assignment;

  @Column(nullable = false, length = 64)
  private String author;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Column(nullable = false, length = 2000)
  private String note;

  @Column(name = "file_names", length = 2000)
  private String fileNames;

  protected ProgressReport() {}

  public ProgressReport(
      Assignment assignment, String author, Instant writtenAt, String note, String fileNames) {
    this.assignment = assignment;
    this.author = author;
    this.writtenAt = writtenAt;
    this.note = note;
    this.fileNames = fileNames;
  }

  public Assignment getAssignment() {
    return assignment;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  public String getNote() {
    return note;
  }

  public String getFileNames() {
    return fileNames;
  }
}
