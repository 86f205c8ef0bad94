package vn.eoffice.workflow.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The drafter submits the draft to a leader: the head of unit, or the signing leader. */
public record Submission(@NotBlank @Size(max = 64) String to, @Size(max = 2000) String comment) {}
