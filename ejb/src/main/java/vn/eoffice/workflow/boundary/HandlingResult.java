package vn.eoffice.workflow.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.eoffice.workflow.entity.ResultKind;

/** How handling ended; a reply names the outgoing document that answers. */
public record HandlingResult(
    @NotNull ResultKind kind, @Size(max = 2000) String note, Long replyDocumentId) {}
