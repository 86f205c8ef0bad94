package vn.eoffice.edxml;

/**
 * What the package does with the document ({@code TraceHeaderList/Bussiness}, spelled so in the
 * standard): a new document, a recall, an update or a replacement of one sent before.
 *
 * @param paper a paper copy is sent as well
 */
public record Business(Type type, String reason, boolean paper, StaffInfo staff) {

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
