package vn.eoffice.documents.boundary;

import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentStatus;

/** Fired inside the issuing transaction, so that the workflow writes the step into the history. */
public record DocumentIssued(Document document, DocumentStatus from, String clerk) {}
