package vn.eoffice.workflow.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Trả lại: the draft goes back to its drafter with a comment. */
public record ReturnNote(
    @NotBlank @Size(max = 2000) String comment,
    @Pattern(regexp = "[0-9a-f]{64}") String fileSha256) {}
