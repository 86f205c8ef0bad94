package vn.eoffice.documents.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.SignatureCheck;
import vn.eoffice.recognition.entity.TextRecognition;

/**
 * A document as its page shows it. For a confidential document the caller may not see, only what
 * the register page shows of it anyway (number, dates, type, marks) and {@code restricted}.
 */
public record DocumentView(
    long id,
    String direction,
    String status,
    Long registerId,
    String registerName,
    Integer year,
    Integer number,
    String numberText,
    String notation,
    LocalDate documentDate,
    long typeId,
    String typeName,
    String subject,
    String issuerName,
    String issuerCode,
    String signerName,
    String signerPosition,
    String recipients,
    Long draftingUnitId,
    String draftingUnitName,
    String urgency,
    String confidentiality,
    Integer pageCount,
    Integer copies,
    LocalDate deadline,
    String notes,
    Instant receivedAt,
    Instant registeredAt,
    String registeredBy,
    String createdBy,
    Instant issuedAt,
    String issuedBy,
    String awaitingUser,
    String approvedSha256,
    String approvedBy,
    boolean restricted,
    List<FileView> files) {

  public static DocumentView of(Document d, boolean visible) {
    return of(d, visible, Map.of(), Map.of());
  }

  /**
   * The same, each PDF version with what the last check of its signatures found, and each scan with
   * where the recognition of its text stands.
   */
  public static DocumentView of(
      Document d,
      boolean visible,
      Map<String, SignatureCheck> signatureChecks,
      Map<String, TextRecognition> recognitions) {
    return new DocumentView(
        d.getId(),
        d.getDirection().name(),
        d.getStatus().name(),
        d.getRegister() == null ? null : d.getRegister().getId(),
        d.getRegister() == null ? null : d.getRegister().getName(),
        d.getRegisterYear(),
        d.getNumber(),
        d.numberText(),
        d.getNotation(),
        d.getDocumentDate(),
        d.getType().getId(),
        d.getType().getName(),
        visible ? d.getSubject() : null,
        visible ? d.getIssuerName() : null,
        visible ? d.getIssuerCode() : null,
        visible ? d.getSignerName() : null,
        visible ? d.getSignerPosition() : null,
        visible ? d.getRecipients() : null,
        d.getDraftingUnit() == null ? null : d.getDraftingUnit().getId(),
        d.getDraftingUnit() == null ? null : d.getDraftingUnit().getName(),
        d.getUrgency().name(),
        d.getConfidentiality().name(),
        d.getPageCount(),
        d.getCopies(),
        d.getDeadline(),
        visible ? d.getNotes() : null,
        d.getReceivedAt(),
        d.getRegisteredAt(),
        d.getRegisteredBy(),
        d.getCreatedBy(),
        d.getIssuedAt(),
        d.getIssuedBy(),
        d.getAwaitingUser(),
        d.getApprovedSha256(),
        d.getApprovedBy(),
        !visible,
        visible && d.getStatus() != vn.eoffice.documents.entity.DocumentStatus.RECALLED
            ? d.getFiles().stream().map(f -> FileView.of(f, signatureChecks, recognitions)).toList()
            : List.of());
  }
}
