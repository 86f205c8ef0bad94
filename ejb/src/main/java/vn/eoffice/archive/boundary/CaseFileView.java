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
 * work ended or the date its unit keeps it back to (null while open, or for a shorter retention,
 * which stays with the unit); its hand-overs and the archivist's decisions.
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
    String responsibleName,
    FileState state,
    Integer docTotal,
    Integer pageTotal,
    Instant openedAt,
    String closedBy,
    Instant closedAt,
    LocalDate dueAtArchive,
    LocalDate keptUntil,
    String keptReason,
    String keptApprovedBy,
    List<HandoverView> handovers,
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

  /** A hand-over to the current archive and the archivist's decision (null while it waits). */
  public record HandoverView(
      String submittedBy,
      Instant submittedAt,
      String outcome,
      String reason,
      String decidedBy,
      Instant decidedAt) {}

  public static CaseFileView of(
      CaseFile file, String organCode, String responsibleName, List<FiledDocument> documents) {
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
        responsibleName,
        file.getState(),
        file.isOpen() ? Integer.valueOf(file.getDocuments().size()) : file.getDocTotal(),
        file.getPageTotal(),
        file.getOpenedAt(),
        file.getClosedBy(),
        file.getClosedAt(),
        file.dueAtArchive(),
        file.getKeptUntil(),
        file.getKeptReason(),
        file.getKeptApprovedBy(),
        file.getHandovers().stream()
            .map(
                h ->
                    new HandoverView(
                        h.getSubmittedBy(),
                        h.getSubmittedAt(),
                        h.getOutcome() == null ? null : h.getOutcome().name(),
                        h.getReason(),
                        h.getDecidedBy(),
                        h.getDecidedAt()))
            .toList(),
        documents);
  }
}
