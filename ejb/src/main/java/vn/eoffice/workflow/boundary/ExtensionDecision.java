package vn.eoffice.workflow.boundary;

import jakarta.validation.constraints.Size;

/** Grant or refuse an extension, with an optional note. */
public record ExtensionDecision(boolean grant, @Size(max = 2000) String note) {}
