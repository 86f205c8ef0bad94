package vn.eoffice.archive.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.eoffice.archive.entity.Access;
import vn.eoffice.archive.entity.CaseFile;
import vn.eoffice.archive.entity.FileState;

/**
 * A case file with the fields of Phụ lục VI and its documents in order. {@code dueAtArchive}: when
 * a file of 5 years' retention or more is due at the agency's current archive, a year after its
 * work ended (null while open, or for a shorter retention, which stays with the unit).
 */
public record CaseFileView(
    long id,
    String fileCode,
    int year,
    String notation,
    String title,
    Integer retentionYears,
    boolean permanent,
    Access access,
    String language,
    LocalDate startDate,
    LocalDate endDate,
    String description,
    String keywords,
    Long unitId,
    Long plannedId,
    String responsible,
    FileState state,
    Integer docTotal,
    Integer pageTotal,
    Instant openedAt,
    String closedBy,
    Instant closedAt,
    LocalDate dueAtArchive,
    List<FiledDocument> documents) {

  /**
   * A document in the file, as Phụ lục VI lists it (DocOrdinal, TypeName, CodeNumber, CodeNotation,
   * IssuedDate, OrganName, Subject, PageAmount).
   */
  public record FiledDocument(
      int ordinal,
      long documentId,
      String typeName,
      String codeNumber,
      String codeNotation,
      LocalDate issuedDate,
      String organName,
      String subject,
      Integer pageAmount) {}

  /** Files of this retention or longer go to the current archive (Decree 30, art. 31). */
  static final int TO_ARCHIVE_FROM_YEARS = 5;

  static LocalDate dueAtArchive(CaseFile file) {
    boolean kept = file.isPermanent() || file.getRetentionYears() >= TO_ARCHIVE_FROM_YEARS;
    return file.getEndDate() == null || !kept ? null : file.getEndDate().plusYears(1);
  }

  static CaseFileView of(CaseFile file, String organCode, List<FiledDocument> documents) {
    return new CaseFileView(
        file.getId(),
        organCode + "." + file.getYear() + "." + file.getNotation(),
        file.getYear(),
        file.getNotation(),
        file.getTitle(),
        file.getRetentionYears(),
        file.isPermanent(),
        file.getAccess(),
        file.getLanguage(),
        file.getStartDate(),
        file.getEndDate(),
        file.getDescription(),
        file.getKeywords(),
        file.getUnitId(),
        file.getPlanned() == null ? null : file.getPlanned().getId(),
        file.getResponsible(),
        file.getState(),
        file.isOpen() ? Integer.valueOf(file.getDocuments().size()) : file.getDocTotal(),
        file.getPageTotal(),
        file.getOpenedAt(),
        file.getClosedBy(),
        file.getClosedAt(),
        dueAtArchive(file),
        documents);
  }
}
