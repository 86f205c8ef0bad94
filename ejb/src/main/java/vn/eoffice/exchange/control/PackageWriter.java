package vn.eoffice.exchange.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentFile;
import vn.eoffice.documents.entity.FileVersion;
import vn.eoffice.documents.entity.Urgency;
import vn.eoffice.edxml.Attachment;
import vn.eoffice.edxml.Business;
import vn.eoffice.edxml.EdXmlPackage;
import vn.eoffice.edxml.Organ;
import vn.eoffice.edxml.StaffInfo;
import vn.eoffice.exchange.entity.ExchangeRecipient;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.platform.control.Clocks;
import vn.eoffice.signatures.control.SignedFiles;

/** An issued document as the edXML package for one of its recipients. */
@Dependent
public class PackageWriter {

  /** Vietnam's time, in which the standard's dates and times are written. */
  @Inject SignedFiles files;

  /** The standard's DocumentId of an issued document. */
  public static String documentId(Document document) {
    return EdXmlPackage.documentIdOf(
        document.getAgency().getOrganisationCode(),
        document.getDocumentDate(),
        number(document.getNotation()),
        notation(document.getNotation()));
  }

  public EdXmlPackage write(
      Document document, ExchangeRecipient recipient, String clerk, Instant sentAt) {
    return write(document, recipient, clerk, sentAt, Business.Type.NEW, null, null);
  }

  /**
   * The package of a business: a new document, or a recall (no files), an update or a replacement
   * (the document's files as they are now) of one sent before, under the same DocumentId.
   */
  public EdXmlPackage write(
      Document document,
      ExchangeRecipient recipient,
      String clerk,
      Instant sentAt,
      Business.Type business,
      String reason,
      String concerns) {
    Agency from = document.getAgency();
    List<Attachment> attachments = new ArrayList<>();
    for (DocumentFile file :
        business == Business.Type.RECALL ? List.<DocumentFile>of() : document.getFiles()) {
      FileVersion version = file.current();
      attachments.add(
          new Attachment(
              "cid:" + version.getContent().getSha256(),
              version.getContent().getFileName(),
              version.getContent().getMediaType(),
              file.getPosition() == 1 ? document.getType().getName() : null,
              files.read(version.getContent().getSha256())));
    }
    String notation = document.getNotation();
    return new EdXmlPackage(
        new Organ(
            from.getOrganisationCode(),
            from.getParent() == null ? from.getName() : from.getParent().getName(),
            from.getName(),
            from.getAddress(),
            from.getEmail(),
            from.getTelephone(),
            null,
            null),
        List.of(Organ.of(recipient.getOrganCode(), recipient.getOrganName())),
        documentId(document),
        number(notation),
        notation(notation),
        from.getPlaceName(),
        document.getDocumentDate(),
        null,
        null,
        document.getType().getName(),
        document.getSubject(),
        null,
        null,
        document.getSignerPosition(),
        document.getSignerName(),
        document.getDeadline(),
        document.getRecipients() == null ? List.of() : List.of(document.getRecipients()),
        priority(document.getUrgency()),
        null,
        null,
        document.getCopies(),
        document.getPageCount(),
        List.of(),
        null,
        null,
        LocalDateTime.ofInstant(sentAt, Clocks.VIETNAM),
        new Business(business, reason, recipient.isPaper(), StaffInfo.of(null, clerk), concerns),
        attachments);
  }

  /** Số of {@code 15/QĐ-UBND}: 15. */
  static String number(String notation) {
    int slash = notation == null ? -1 : notation.indexOf('/');
    return slash < 0 ? notation : notation.substring(0, slash);
  }

  /** Ký hiệu of {@code 15/QĐ-UBND}: QĐ-UBND. */
  static String notation(String notation) {
    int slash = notation == null ? -1 : notation.indexOf('/');
    return slash < 0 ? null : notation.substring(slash + 1);
  }

  static Integer priority(Urgency urgency) {
    return switch (urgency == null ? Urgency.NORMAL : urgency) {
      case NORMAL -> 0;
      case URGENT -> 1;
      case VERY_URGENT -> 2;
      case FLASH -> 3;
    };
  }

  public static Urgency urgency(Short priority) {
    if (priority == null) {
      return Urgency.NORMAL;
    }
    return switch (priority) {
      case 1 -> Urgency.URGENT;
      case 2 -> Urgency.VERY_URGENT;
      case 3, 4 -> Urgency.FLASH;
      default -> Urgency.NORMAL;
    };
  }
}
