-- PDF/A-2b renditions (issue 26): a file of long retention handed over to the archive gets a
-- PDF/A rendition of each of its documents' files, made in the background on the node holding
-- the lease 'pdfa-rendition' and kept in the file store beside the original bytes; a signed PDF's
-- signatures are validated then, and the report kept with it. One row per
-- stored content, so a file in two case files is rendered once.
CREATE TABLE pdfa_rendition (
  sha256           VARCHAR(64)   NOT NULL PRIMARY KEY,
  media_type       VARCHAR(100)  NOT NULL,
  state            VARCHAR(20)   NOT NULL,
  rendition_sha256 VARCHAR(64),
  -- a signed PDF's signatures as DSS validated them at hand-over (its detailed report, XML)
  signature_report_sha256 VARCHAR(64),
  attempts         INTEGER       NOT NULL,
  failure          VARCHAR(500),
  asked_at         TIMESTAMP     NOT NULL,
  finished_at      TIMESTAMP
);
CREATE INDEX ix_pdfa_rendition_waiting ON pdfa_rendition (state, asked_at);
