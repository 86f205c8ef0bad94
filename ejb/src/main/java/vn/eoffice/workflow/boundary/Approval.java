package vn.eoffice.workflow.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Approval of the draft as the approver saw it: {@code fileSha256} (optional) is the SHA-256 of the
 * file version they read, refused when the draft changed meanwhile; a reviewer names the signing
 * leader in {@code next}.
 */
public record Approval(
    @Size(max = 64) String next,
    @Pattern(regexp = "[0-9a-f]{64}") String fileSha256,
    @Size(max = 2000) String comment) {}
