package vn.eoffice.edxml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A document sent from one agency to others: the {@code MessageHeader} of the standard, its trace
 * ({@code TraceHeaderList}) and its files.
 *
 * @param documentId {@code <OrganId>,yyyy/MM/dd,<số>/<ký hiệu>}, the document's identity for every
 *     system it reaches (see {@link #documentIdOf})
 * @param type the standard's document type code ({@code DocumentType/Type}: 1 legal, 2
 *     administrative)
 * @param priority {@code OtherInfo/Priority}: 0 normal, 1 urgent, 2 very urgent, 3 express, 4
 *     express on time
 * @param steeringType {@code SteeringType}: 0 none, 1 for information and execution, 2 a report, …;
 *     kept as sent
 * @param sentAt the time in the sender's trace header
 */
public record EdXmlPackage(
    Organ from,
    List<Organ> to,
    String documentId,
    String codeNumber,
    String codeNotation,
    String place,
    LocalDate promulgationDate,
    Integer type,
    Integer typeDetail,
    String typeName,
    String subject,
    String content,
    String signerCompetence,
    String signerPosition,
    String signerName,
    LocalDate dueDate,
    List<String> toPlaces,
    Integer priority,
    String sphereOfPromulgation,
    String typerNotation,
    Integer promulgationAmount,
    Integer pageAmount,
    List<String> appendixes,
    Integer steeringType,
    ResponseFor responseFor,
    LocalDateTime sentAt,
    Business business,
    List<Attachment> attachments) {

  /** The longest subject the standard takes. */
  public static final int SUBJECT_MAX = 500;

  public EdXmlPackage {
    Objects.requireNonNull(from, "from");
    to = List.copyOf(to);
    toPlaces = toPlaces == null ? List.of() : List.copyOf(toPlaces);
    appendixes = appendixes == null ? List.of() : List.copyOf(appendixes);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /**
   * The identity the standard gives a document: the issuer's organ code, the date and the số ký
   * hiệu, e.g. {@code 000.00.00.G22,2015/09/30,7816/VPCP-TTĐT}.
   */
  public static String documentIdOf(
      String organId, LocalDate date, String codeNumber, String codeNotation) {
    return organId
        + ","
        + EdXmlDates.date(date)
        + ","
        + (codeNotation == null || codeNotation.isBlank()
            ? codeNumber
            : codeNumber + "/" + codeNotation);
  }

  /** The same package for another list of recipients (one message per recipient). */
  public EdXmlPackage to(List<Organ> recipients) {
    return new EdXmlPackage(
        from,
        recipients,
        documentId,
        codeNumber,
        codeNotation,
        place,
        promulgationDate,
        type,
        typeDetail,
        typeName,
        subject,
        content,
        signerCompetence,
        signerPosition,
        signerName,
        dueDate,
        toPlaces,
        priority,
        sphereOfPromulgation,
        typerNotation,
        promulgationAmount,
        pageAmount,
        appendixes,
        steeringType,
        responseFor,
        sentAt,
        business,
        attachments);
  }
}
