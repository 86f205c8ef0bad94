-- Documents changed since the search index last took them in. Written in the transaction that
-- changes the document, deleted once the index holds the change durably; a crash in between leaves
-- the rows, and the index takes those documents in again at the next start.
CREATE TABLE search_journal (
  id          BIGINT    NOT NULL PRIMARY KEY,
  version     BIGINT    NOT NULL,
  document_id BIGINT    NOT NULL,
  changed_at  TIMESTAMP NOT NULL
);
