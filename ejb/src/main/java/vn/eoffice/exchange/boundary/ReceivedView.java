package vn.eoffice.exchange.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.eoffice.exchange.entity.ReceivedFile;
import vn.eoffice.exchange.entity.ReceivedPackage;

/** A package received, as the clerk's queue shows it, with the checks it passed. */
public record ReceivedView(
    long id,
    String state,
    String fromOrgan,
    String fromName,
    String edxmlDocument,
    int business,
    String reason,
    String notation,
    LocalDate documentDate,
    String typeName,
    String subject,
    String signerName,
    String signerPosition,
    LocalDate dueDate,
    Short priority,
    Integer pageAmount,
    boolean paper,
    boolean signed,
    Instant receivedAt,
    Instant decidedAt,
    String decidedBy,
    String refusal,
    Long documentId,
    List<File> files) {

  /** A file of the package, with what the check of its signatures found (if a PDF). */
  public record File(int ordinal, String name, String mediaType, long size, String signatures) {}

  static ReceivedView of(
      ReceivedPackage p, java.util.function.Function<ReceivedFile, String> checks) {
    return new ReceivedView(
        p.getId(),
        p.getState().name(),
        p.getFromOrgan(),
        p.getFromName(),
        p.getEdxmlDocument(),
        p.getBusiness(),
        p.getReason(),
        p.getNotation(),
        p.getDocumentDate(),
        p.getTypeName(),
        p.getSubject(),
        p.getSignerName(),
        p.getSignerPosition(),
        p.getDueDate(),
        p.getPriority(),
        p.getPageAmount(),
        p.isPaper(),
        p.isSigned(),
        p.getReceivedAt(),
        p.getDecidedAt(),
        p.getDecidedBy(),
        p.getRefusal(),
        p.getDocument() == null ? null : p.getDocument().getId(),
        p.getFiles().stream()
            .map(
                f ->
                    new File(
                        f.getOrdinal(),
                        f.getFileName(),
                        f.getMediaType(),
                        f.getSize(),
                        checks.apply(f)))
            .toList());
  }
}
