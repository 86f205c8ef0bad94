package vn.eoffice.edxml;

/** A message that is not edXML as this reader can take it: what was wrong, and where. */
public class EdXmlException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String element;

  public EdXmlException(String element, String problem) {
    super(element + " " + problem);
    this.element = element;
  }

  public EdXmlException(String element, String problem, Throwable cause) {
    super(element + " " + problem, cause);
    this.element = element;
  }

  /** The element (or part of the message) found wanting. */
  public String element() {
    return element;
  }
}
