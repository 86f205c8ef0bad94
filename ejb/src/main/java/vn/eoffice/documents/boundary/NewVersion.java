package vn.eoffice.documents.boundary;

import jakarta.validation.constraints.NotNull;

/** The upload that becomes a file's next version. */
public record NewVersion(@NotNull Long uploadId) {}
