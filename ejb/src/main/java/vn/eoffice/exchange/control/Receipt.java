package vn.eoffice.exchange.control;

/**
 * What the receiving side answers a message: taken (new, or known already and taken before), or
 * refused with a reason the sender can act on.
 *
 * @param status the HTTP status that carries it: 200 taken, 400 not edXML, 403 an unknown sender,
 *     422 refused on its content (signature, recipient, files)
 * @param code a word for programs: {@code received}, {@code duplicate}, {@code NotEdXml}, …
 */
public record Receipt(int status, String code, String reason) {

  public static Receipt received(String what) {
    return new Receipt(200, "received", what);
  }

  public static Receipt duplicate() {
    return new Receipt(200, "duplicate", "received before; taken once");
  }

  public static Receipt refused(int status, String code, String reason) {
    return new Receipt(status, code, reason);
  }

  public boolean taken() {
    return status == 200;
  }
}
