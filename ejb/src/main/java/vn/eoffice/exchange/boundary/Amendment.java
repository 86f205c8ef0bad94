package vn.eoffice.exchange.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A recall of a document sent, with its reason; or its update or replacement by another document
 * this agency issued ({@code replacementId}), whose files reach the recipient as new versions.
 */
public record Amendment(
    @NotNull Kind kind, @NotBlank @Size(max = 2000) String reason, Long replacementId) {

  public enum Kind {
    RECALL,
    UPDATE,
    REPLACE
  }
}
