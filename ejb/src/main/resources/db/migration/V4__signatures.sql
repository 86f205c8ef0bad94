-- Digital signatures: the leader's two-step signature (prepared on the server, signed on the
-- user's token, completed on the server) and the images shown in signatures.

-- One signature in the making. The data to be signed and every input that made it (file, chain,
-- signing time, where it shows) are kept, so that step 2 rebuilds exactly the same signature;
-- it expires unused after a few minutes.
CREATE TABLE signature_request (
  id                BIGINT        NOT NULL PRIMARY KEY,
  version           BIGINT        NOT NULL,
  document_id       BIGINT        NOT NULL REFERENCES document (id),
  signer            VARCHAR(64)   NOT NULL,
  file_sha256       CHAR(64)      NOT NULL,
  certificate_chain VARCHAR(20000) NOT NULL,
  signing_time      TIMESTAMP     NOT NULL,
  data_to_sign      VARCHAR(8000) NOT NULL,
  box_page          INTEGER       NOT NULL,
  box_x             REAL          NOT NULL,
  box_y             REAL          NOT NULL,
  box_width         REAL          NOT NULL,
  box_height        REAL          NOT NULL,
  image_sha256      CHAR(64),
  created_at        TIMESTAMP     NOT NULL,
  expires_at        TIMESTAMP     NOT NULL,
  completed_at      TIMESTAMP,
  signed_sha256     CHAR(64)
);
CREATE INDEX ix_signature_request_document ON signature_request (document_id);

-- The image a signature shows: a person's handwritten signature (owner = user name) or the
-- organisation's seal (owner = '@seal'); transparent PNG kept in the file store.
CREATE TABLE signature_image (
  owner       VARCHAR(64) NOT NULL PRIMARY KEY,
  version     BIGINT      NOT NULL,
  sha256      CHAR(64)    NOT NULL,
  width_px    INTEGER     NOT NULL,
  height_px   INTEGER     NOT NULL,
  uploaded_by VARCHAR(64) NOT NULL,
  uploaded_at TIMESTAMP   NOT NULL
);
