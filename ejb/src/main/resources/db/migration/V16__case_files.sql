-- Case files (hồ sơ, issue 26): each year's file plan (danh mục hồ sơ) that the head of the agency
-- approves, the case files handlers open from it or outside it, and the documents they hold.
-- Decree 30/2020 ch. IV and Phụ lục VI (the case file's fields).

-- The file plan of one year: drafted by the archivist or the clerk, approved by the head.
CREATE TABLE file_plan (
  id           BIGINT        NOT NULL PRIMARY KEY,
  version      BIGINT        NOT NULL,
  agency_id    BIGINT        NOT NULL REFERENCES agency (id),
  plan_year    INTEGER       NOT NULL,
  state        VARCHAR(20)   NOT NULL,
  drafted_by   VARCHAR(64)   NOT NULL,
  drafted_at   TIMESTAMP     NOT NULL,
  approved_by  VARCHAR(64),
  approved_at  TIMESTAMP,
  CONSTRAINT uq_file_plan UNIQUE (agency_id, plan_year)
);

-- A file planned for the year: its notation, title, retention, unit and the person responsible.
CREATE TABLE planned_file (
  id              BIGINT        NOT NULL PRIMARY KEY,
  version         BIGINT        NOT NULL,
  agency_id       BIGINT        NOT NULL REFERENCES agency (id),
  plan_id         BIGINT        NOT NULL REFERENCES file_plan (id),
  notation        VARCHAR(20)   NOT NULL,
  title           VARCHAR(500)  NOT NULL,
  retention_years INTEGER,
  unit_id         BIGINT        REFERENCES org_unit (id),
  responsible     VARCHAR(64),
  CONSTRAINT uq_planned_file UNIQUE (plan_id, notation)
);

-- A case file (Phụ lục VI): its code is the agency's organ code, the year and the notation.
-- retention_years NULL is permanent (vĩnh viễn).
CREATE TABLE case_file (
  id              BIGINT        NOT NULL PRIMARY KEY,
  version         BIGINT        NOT NULL,
  agency_id       BIGINT        NOT NULL REFERENCES agency (id),
  planned_id      BIGINT        REFERENCES planned_file (id),
  file_year       INTEGER       NOT NULL,
  notation        VARCHAR(20)   NOT NULL,
  title           VARCHAR(500)  NOT NULL,
  retention_years INTEGER,
  access          VARCHAR(20)   NOT NULL,
  language        VARCHAR(50)   NOT NULL,
  start_date      DATE          NOT NULL,
  end_date        DATE,
  description     VARCHAR(500),
  keywords        VARCHAR(500),
  unit_id         BIGINT        REFERENCES org_unit (id),
  responsible     VARCHAR(64)   NOT NULL,
  state           VARCHAR(20)   NOT NULL,
  doc_total       INTEGER,
  page_total      INTEGER,
  opened_at       TIMESTAMP     NOT NULL,
  closed_by       VARCHAR(64),
  closed_at       TIMESTAMP,
  kept_until      DATE,
  kept_reason     VARCHAR(1000),
  kept_approved_by VARCHAR(64),
  CONSTRAINT uq_case_file UNIQUE (agency_id, file_year, notation)
);
CREATE INDEX ix_case_file_responsible ON case_file (agency_id, responsible, state);

-- A document in a case file, with its order number there; one document may be in several files.
CREATE TABLE case_file_document (
  id           BIGINT        NOT NULL PRIMARY KEY,
  version      BIGINT        NOT NULL,
  agency_id    BIGINT        NOT NULL REFERENCES agency (id),
  case_file_id BIGINT        NOT NULL REFERENCES case_file (id),
  document_id  BIGINT        NOT NULL REFERENCES document (id),
  ordinal      INTEGER       NOT NULL,
  added_by     VARCHAR(64)   NOT NULL,
  added_at     TIMESTAMP     NOT NULL,
  CONSTRAINT uq_case_file_document UNIQUE (case_file_id, document_id)
);
CREATE INDEX ix_case_file_document_document ON case_file_document (document_id);

-- Each hand-over of a closed file to the agency's current archive (nộp lưu) and what the archivist
-- decided: accepted, or returned with the reason.
CREATE TABLE case_file_handover (
  id           BIGINT        NOT NULL PRIMARY KEY,
  version      BIGINT        NOT NULL,
  agency_id    BIGINT        NOT NULL REFERENCES agency (id),
  case_file_id BIGINT        NOT NULL REFERENCES case_file (id),
  submitted_by VARCHAR(64)   NOT NULL,
  submitted_at TIMESTAMP     NOT NULL,
  outcome      VARCHAR(20),
  reason       VARCHAR(1000),
  decided_by   VARCHAR(64),
  decided_at   TIMESTAMP
);
CREATE INDEX ix_case_file_handover_file ON case_file_handover (case_file_id, submitted_at);

-- Borrowing (khai thác): a request to read a file in the archive, approved or refused by the head,
-- giving its borrower access until a date.
CREATE TABLE case_file_loan (
  id           BIGINT        NOT NULL PRIMARY KEY,
  version      BIGINT        NOT NULL,
  agency_id    BIGINT        NOT NULL REFERENCES agency (id),
  case_file_id BIGINT        NOT NULL REFERENCES case_file (id),
  borrower     VARCHAR(64)   NOT NULL,
  purpose      VARCHAR(1000) NOT NULL,
  requested_at TIMESTAMP     NOT NULL,
  state        VARCHAR(20)   NOT NULL,
  until_date   DATE,
  decided_by   VARCHAR(64),
  decided_at   TIMESTAMP,
  refusal      VARCHAR(1000)
);
CREATE INDEX ix_case_file_loan_borrower ON case_file_loan (agency_id, borrower, state);

-- Destruction of files whose retention has run out: proposed by the archivist, the council's
-- decision recorded with the head's approval, then carried out with its record (biên bản), which
-- lists every file destroyed as it was.
CREATE TABLE destruction (
  id              BIGINT        NOT NULL PRIMARY KEY,
  version         BIGINT        NOT NULL,
  agency_id       BIGINT        NOT NULL REFERENCES agency (id),
  state           VARCHAR(20)   NOT NULL,
  proposed_by     VARCHAR(64)   NOT NULL,
  proposed_at     TIMESTAMP     NOT NULL,
  decision        VARCHAR(100),
  decision_date   DATE,
  council         VARCHAR(2000),
  approved_by     VARCHAR(64),
  approved_at     TIMESTAMP,
  carried_out_by  VARCHAR(64),
  carried_out_at  TIMESTAMP,
  record          VARCHAR(20000)
);

CREATE TABLE destruction_file (
  destruction_id BIGINT NOT NULL REFERENCES destruction (id),
  case_file_id   BIGINT NOT NULL REFERENCES case_file (id),
  CONSTRAINT uq_destruction_file UNIQUE (destruction_id, case_file_id)
);
