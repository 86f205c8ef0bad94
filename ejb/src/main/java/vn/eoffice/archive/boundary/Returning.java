package vn.eoffice.archive.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the archivist returns a file handed over: what its keeper must mend. */
public record Returning(@NotBlank @Size(max = 1000) String reason) {}
