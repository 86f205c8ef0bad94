package vn.eoffice.exchange.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A recall, an update or a replacement of a document sent, with its reason. */
public record Amendment(@NotNull Kind kind, @NotBlank @Size(max = 2000) String reason) {

  public enum Kind {
    RECALL,
    UPDATE,
    REPLACE
  }
}
