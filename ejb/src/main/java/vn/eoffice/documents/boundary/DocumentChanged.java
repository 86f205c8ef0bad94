package vn.eoffice.documents.boundary;

/**
 * Fired inside the transaction that registers, drafts, corrects, adds a file version to or moves a
 * document on, so that what depends on the document (the search index) follows it.
 */
public record DocumentChanged(long documentId) {}
