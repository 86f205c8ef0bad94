-- Text recognition (OCR) of scanned files (issue 26): one row per stored content that is a scan
-- (an image, or a PDF without a text layer), waiting, being read or read. The text found and the
-- PDF with a text layer are kept in the file store by their SHA-256, like every file, so any node
-- can serve them; the queue itself is this table, worked by the node holding the lease
-- 'text-recognition'.
CREATE TABLE text_recognition (
  sha256            VARCHAR(64)   NOT NULL PRIMARY KEY,
  media_type        VARCHAR(100)  NOT NULL,
  state             VARCHAR(20)   NOT NULL,
  pages             INTEGER       NOT NULL,
  pages_done        INTEGER       NOT NULL,
  lowest_dpi        INTEGER,
  text_sha256       VARCHAR(64),
  searchable_sha256 VARCHAR(64),
  attempts          INTEGER       NOT NULL,
  failure           VARCHAR(500),
  asked_at          TIMESTAMP     NOT NULL,
  started_at        TIMESTAMP,
  finished_at       TIMESTAMP
);
CREATE INDEX ix_text_recognition_waiting ON text_recognition (state, asked_at);
