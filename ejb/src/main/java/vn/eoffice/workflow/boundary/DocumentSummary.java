package vn.eoffice.workflow.boundary;

import java.time.LocalDate;
import vn.eoffice.documents.entity.Document;

/** A document as a list shows it; subject and issuer only for those who may read it. */
public record DocumentSummary(
    long id,
    String direction,
    String status,
    String numberText,
    String notation,
    String type,
    String subject,
    String issuerName,
    String urgency,
    String confidentiality,
    LocalDate deadline,
    String awaitingUser,
    String createdBy,
    boolean restricted) {

  public static DocumentSummary of(Document d, boolean readable) {
    return new DocumentSummary(
        d.getId(),
        d.getDirection().name(),
        d.getStatus().name(),
        d.numberText(),
        d.getNotation(),
        d.getType().getName(),
        readable ? d.getSubject() : null,
        readable ? d.getIssuerName() : null,
        d.getUrgency().name(),
        d.getConfidentiality().name(),
        d.getDeadline(),
        d.getAwaitingUser(),
        d.getCreatedBy(),
        !readable);
  }
}
