package vn.eoffice.workflow.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Trình: the clerk presents a registered document to a leader. */
public record Presentation(
    @NotBlank @Size(max = 64) String leader, @Size(max = 2000) String comment) {}
