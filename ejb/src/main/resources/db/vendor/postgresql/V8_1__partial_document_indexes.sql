-- PostgreSQL only (H2 has no partial indexes). Three of the document's indexes hold a value for a
-- few rows only: the person a document waits for (drafts and documents being handled), the
-- issuer's 13-character code (few incoming documents carry one) and the số ký hiệu key of issued
-- outgoing documents. Indexing only the rows that have a value keeps them small and spares every
-- incoming registration three index entries. Every lookup through them compares with "=", which
-- no NULL passes, so the planner uses them as before; NULLs never conflicted in the unique one.
DROP INDEX ix_document_awaiting;
CREATE INDEX ix_document_awaiting ON document (awaiting_user) WHERE awaiting_user IS NOT NULL;

DROP INDEX ix_document_duplicate_code;
CREATE INDEX ix_document_duplicate_code ON document (duplicate_code_key)
  WHERE duplicate_code_key IS NOT NULL;

ALTER TABLE document DROP CONSTRAINT uq_document_notation;
CREATE UNIQUE INDEX uq_document_notation ON document (agency_id, direction, register_year, notation_key)
  WHERE notation_key IS NOT NULL;
