-- What the last validation found in a PDF's signatures, by content: shown beside every version
-- of a file without validating again. Incoming documents are checked when they are registered,
-- ours when they are signed and sealed, any file again when a user asks.
CREATE TABLE signature_check (
  sha256          CHAR(64)      NOT NULL PRIMARY KEY REFERENCES stored_content (sha256),
  outcome         VARCHAR(20)   NOT NULL,
  signature_count INTEGER       NOT NULL,
  statuses        VARCHAR(2000) NOT NULL,
  checked_at      TIMESTAMP     NOT NULL
);
