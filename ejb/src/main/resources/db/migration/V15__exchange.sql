-- Exchange between agencies (issue 25): the directory of partner agencies outside this
-- installation, each outgoing document's electronic recipients with the statuses they send back,
-- the outbox that delivers packages and statuses until they arrive, and the packages received.

-- Agencies elsewhere, by organ code (Decision 20/2020): where their exchange endpoint is and the
-- certificate their packages and statuses are signed with. Agencies of this installation are in
-- the directory already (the agency table).
CREATE TABLE exchange_partner (
  id           BIGINT        NOT NULL PRIMARY KEY,
  version      BIGINT        NOT NULL,
  organ_code   VARCHAR(13)   NOT NULL,
  name         VARCHAR(255)  NOT NULL,
  endpoint     VARCHAR(500)  NOT NULL,
  certificate  VARCHAR(8000) NOT NULL,
  active       BOOLEAN       NOT NULL,
  created_at   TIMESTAMP     NOT NULL,
  CONSTRAINT uq_exchange_partner_code UNIQUE (organ_code)
);

-- The sender's side: one row per electronic recipient of an outgoing document, chosen on the
-- draft and sent when the document is issued; its latest status and every status in history.
CREATE TABLE exchange_recipient (
  id           BIGINT        NOT NULL PRIMARY KEY,
  version      BIGINT        NOT NULL,
  agency_id    BIGINT        NOT NULL REFERENCES agency (id),
  document_id  BIGINT        NOT NULL REFERENCES document (id),
  organ_code   VARCHAR(13)   NOT NULL,
  organ_name   VARCHAR(255)  NOT NULL,
  paper        BOOLEAN       NOT NULL,
  state        VARCHAR(20)   NOT NULL,
  edxml_document VARCHAR(300),
  failure      VARCHAR(2000),
  status_code  VARCHAR(2),
  status_at    TIMESTAMP,
  sent_at      TIMESTAMP,
  CONSTRAINT uq_exchange_recipient UNIQUE (document_id, organ_code)
);
CREATE INDEX ix_exchange_recipient_agency ON exchange_recipient (agency_id, state, sent_at);

CREATE TABLE exchange_status (
  id           BIGINT        NOT NULL PRIMARY KEY,
  version      BIGINT        NOT NULL,
  agency_id    BIGINT        NOT NULL REFERENCES agency (id),
  recipient_id BIGINT        NOT NULL REFERENCES exchange_recipient (id),
  code         VARCHAR(2)    NOT NULL,
  description  VARCHAR(2000),
  staff        VARCHAR(255),
  department   VARCHAR(255),
  happened_at  TIMESTAMP     NOT NULL,
  received_at  TIMESTAMP     NOT NULL
);
CREATE INDEX ix_exchange_status_recipient ON exchange_status (recipient_id, happened_at);

-- What this installation must deliver elsewhere: packages to partners and statuses back to their
-- senders. A message stays until its receiver has it; attempts back off.
CREATE TABLE exchange_outbox (
  id              BIGINT        NOT NULL PRIMARY KEY,
  version         BIGINT        NOT NULL,
  agency_id       BIGINT        NOT NULL REFERENCES agency (id),
  kind            VARCHAR(10)   NOT NULL,
  recipient_id    BIGINT                 REFERENCES exchange_recipient (id),
  to_organ        VARCHAR(13)   NOT NULL,
  payload_sha256  CHAR(64)               REFERENCES stored_content (sha256),
  business        SMALLINT      NOT NULL,
  business_reason VARCHAR(2000),
  business_concerns VARCHAR(300),
  package_id      BIGINT,
  status_code     VARCHAR(2),
  status_text     VARCHAR(2000),
  status_staff    VARCHAR(255),
  status_unit     VARCHAR(255),
  status_at       TIMESTAMP,
  state           VARCHAR(20)   NOT NULL,
  attempts        INTEGER       NOT NULL,
  next_attempt_at TIMESTAMP     NOT NULL,
  last_error      VARCHAR(2000),
  created_at      TIMESTAMP     NOT NULL,
  delivered_at    TIMESTAMP
);
CREATE INDEX ix_exchange_outbox_due ON exchange_outbox (state, next_attempt_at);

-- The receiver's side: each package that passed the checks, waiting for the clerk, then accepted
-- (registered) or refused. A package is received once per sender, document and business.
CREATE TABLE exchange_package (
  id              BIGINT        NOT NULL PRIMARY KEY,
  version         BIGINT        NOT NULL,
  agency_id       BIGINT        NOT NULL REFERENCES agency (id),
  dedup_key       VARCHAR(500)  NOT NULL,
  from_organ      VARCHAR(13)   NOT NULL,
  from_name       VARCHAR(255)  NOT NULL,
  edxml_document  VARCHAR(300)  NOT NULL,
  business        SMALLINT      NOT NULL,
  reason          VARCHAR(2000),
  code_number     VARCHAR(20),
  code_notation   VARCHAR(100),
  document_date   DATE,
  type_name       VARCHAR(100),
  subject         VARCHAR(2000) NOT NULL,
  signer_name     VARCHAR(255),
  signer_position VARCHAR(255),
  due_date        DATE,
  priority        SMALLINT,
  page_amount     INTEGER,
  paper           BOOLEAN       NOT NULL,
  signed          BOOLEAN       NOT NULL,
  payload_sha256  CHAR(64)      NOT NULL REFERENCES stored_content (sha256),
  state           VARCHAR(20)   NOT NULL,
  received_at     TIMESTAMP     NOT NULL,
  decided_at      TIMESTAMP,
  decided_by      VARCHAR(64),
  refusal         VARCHAR(2000),
  document_id     BIGINT                 REFERENCES document (id),
  original_id     BIGINT                 REFERENCES exchange_package (id),
  CONSTRAINT uq_exchange_package UNIQUE (agency_id, dedup_key)
);
CREATE INDEX ix_exchange_package_state ON exchange_package (agency_id, state, received_at);
ALTER TABLE exchange_outbox ADD CONSTRAINT fk_exchange_outbox_package
  FOREIGN KEY (package_id) REFERENCES exchange_package (id);

CREATE TABLE exchange_package_file (
  id          BIGINT       NOT NULL PRIMARY KEY,
  version     BIGINT       NOT NULL,
  agency_id   BIGINT       NOT NULL REFERENCES agency (id),
  package_id  BIGINT       NOT NULL REFERENCES exchange_package (id),
  ordinal     INTEGER      NOT NULL,
  sha256      CHAR(64)     NOT NULL REFERENCES stored_content (sha256),
  file_name   VARCHAR(255) NOT NULL,
  media_type  VARCHAR(100) NOT NULL,
  size_bytes  BIGINT       NOT NULL
);
CREATE INDEX ix_exchange_package_file ON exchange_package_file (package_id, ordinal);

-- Packages refused before they reached an agency's queue (not well-formed, an unknown sender, a
-- signature that does not verify, addressed elsewhere): kept for the platform administrator.
CREATE TABLE exchange_refusal (
  id             BIGINT        NOT NULL PRIMARY KEY,
  version        BIGINT        NOT NULL,
  received_at    TIMESTAMP     NOT NULL,
  from_organ     VARCHAR(13),
  to_organ       VARCHAR(200),
  reason_code    VARCHAR(40)   NOT NULL,
  reason         VARCHAR(2000) NOT NULL,
  payload_sha256 CHAR(64)               REFERENCES stored_content (sha256)
);
CREATE INDEX ix_exchange_refusal_time ON exchange_refusal (received_at);

-- QR verification: every issued document carries a QR code that opens the public verification
-- page by this code (random, unguessable; not the document's id).
ALTER TABLE document ADD COLUMN verification_code VARCHAR(32);
CREATE UNIQUE INDEX uq_document_verification ON document (verification_code);
