package vn.eoffice.edxml;

/**
 * What the package does with the document ({@code TraceHeaderList/Bussiness}, spelled so in the
 * standard): a new document, a recall, an update or a replacement of one sent before.
 *
 * @param paper a paper copy is sent as well
 * @param documentId for a recall, an update or a replacement carried by another document's package:
 *     the DocumentId of the document concerned ({@code Bussiness/DocumentId}); null when it is the
 *     package's own
 */
public record Business(
    Type type, String reason, boolean paper, StaffInfo staff, String documentId) {

  public Business(Type type, String reason, boolean paper, StaffInfo staff) {
    this(type, reason, paper, staff, null);
  }

  /** {@code BussinessDocType}. */
  public enum Type {
    NEW(0),
    RECALL(1),
    UPDATE(2),
    REPLACE(3);

    public final int code;

    Type(int code) {
      this.code = code;
    }

    public static Type of(int code) {
      for (Type type : values()) {
        if (type.code == code) {
          return type;
        }
      }
      throw new EdXmlException(
          "BussinessDocType", "is " + code + "; allowed are 0 new, 1 recall, 2 update, 3 replace");
    }
  }

  public static Business newDocument(boolean paper, StaffInfo staff) {
    return new Business(Type.NEW, null, paper, staff);
  }
}
