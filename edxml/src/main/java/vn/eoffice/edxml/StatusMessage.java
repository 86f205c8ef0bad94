package vn.eoffice.edxml;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What a recipient tells the sender about a document it received: {@code StatusCode} with a
 * description, when, and who.
 */
public record StatusMessage(
    Organ from,
    ResponseFor responseFor,
    StaffInfo staff,
    Code code,
    String description,
    LocalDateTime timestamp) {

  public StatusMessage {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(responseFor, "responseFor");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  /**
   * The status codes the standard and its published profiles use. Codes 07 to 12 and 14 appear in
   * no source found and are not invented here.
   */
  public enum Code {
    ARRIVED("01"),
    REFUSED("02"),
    ACCEPTED("03"),
    ASSIGNED("04"),
    IN_PROGRESS("05"),
    DONE("06"),
    RECALL_REQUESTED("13"),
    RECALL_AGREED("15"),
    RECALL_REFUSED("16");

    public final String value;

    Code(String value) {
      this.value = value;
    }

    public static Code of(String value) {
      String trimmed = value == null ? "" : value.strip();
      for (Code code : values()) {
        if (code.value.equals(trimmed)
            || (trimmed.length() == 1 && code.value.equals("0" + trimmed))) {
          return code;
        }
      }
      throw new EdXmlException(
          "StatusCode", "is \"" + trimmed + "\"; allowed are 01-06, 13, 15 and 16");
    }
  }
}
