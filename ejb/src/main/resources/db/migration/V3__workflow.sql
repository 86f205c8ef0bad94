-- Workflow: handling incoming documents (assignments, progress, deadline extensions) and the
-- approval of outgoing drafts; every transition is an event in the document's history.

-- Lãnh đạo cơ quan: members of a leadership unit who hold the LEADER role lead the agency;
-- leaders of other units lead their unit only.
ALTER TABLE org_unit ADD COLUMN leadership BOOLEAN NOT NULL DEFAULT FALSE;

-- Whose action the document waits for (the leader it is presented to, the reviewer, the signer,
-- the drafter after a return), and the exact file version the signer approved.
ALTER TABLE document ADD COLUMN awaiting_user VARCHAR(64);
ALTER TABLE document ADD COLUMN approved_sha256 CHAR(64);
ALTER TABLE document ADD COLUMN approved_by VARCHAR(64);
ALTER TABLE document ADD COLUMN approved_at TIMESTAMP;
CREATE INDEX ix_document_awaiting ON document (awaiting_user);

-- Units that take part in a document: HANDLING (their leaders see it), RECIPIENT (their members
-- see it). Persons who take part are in document_access.
CREATE TABLE document_unit (
  document_id BIGINT      NOT NULL REFERENCES document (id),
  unit_id     BIGINT      NOT NULL REFERENCES org_unit (id),
  kind        VARCHAR(16) NOT NULL,
  PRIMARY KEY (document_id, unit_id, kind)
);

-- One line of the handling form (phiếu giải quyết): who handles, as lead or co-handler, by when,
-- with whose instruction; a unit's leader may pass a unit's assignment on to persons (child rows).
CREATE TABLE assignment (
  id               BIGINT        NOT NULL PRIMARY KEY,
  document_id      BIGINT        NOT NULL REFERENCES document (id),
  parent_id        BIGINT                 REFERENCES assignment (id),
  handling_role    VARCHAR(16)   NOT NULL,
  assignee_user    VARCHAR(64),
  assignee_unit_id BIGINT                 REFERENCES org_unit (id),
  assigned_by      VARCHAR(64)   NOT NULL,
  assigned_at      TIMESTAMP     NOT NULL,
  instruction      VARCHAR(2000),
  deadline         DATE,
  state            VARCHAR(16)   NOT NULL,
  result_kind      VARCHAR(16),
  result_note      VARCHAR(2000),
  result_document_id BIGINT               REFERENCES document (id),
  finished_by      VARCHAR(64),
  finished_at      TIMESTAMP,
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT ck_assignment_assignee CHECK ((assignee_user IS NULL) <> (assignee_unit_id IS NULL))
);
CREATE INDEX ix_assignment_document ON assignment (document_id);
CREATE INDEX ix_assignment_user ON assignment (assignee_user);
CREATE INDEX ix_assignment_unit ON assignment (assignee_unit_id);

CREATE TABLE progress_report (
  id            BIGINT        NOT NULL PRIMARY KEY,
  assignment_id BIGINT        NOT NULL REFERENCES assignment (id),
  author        VARCHAR(64)   NOT NULL,
  written_at    TIMESTAMP     NOT NULL,
  note          VARCHAR(2000) NOT NULL,
  file_names    VARCHAR(2000),
  version       BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX ix_progress_report_assignment ON progress_report (assignment_id);

CREATE TABLE deadline_extension (
  id                 BIGINT        NOT NULL PRIMARY KEY,
  assignment_id      BIGINT        NOT NULL REFERENCES assignment (id),
  requested_by       VARCHAR(64)   NOT NULL,
  requested_at       TIMESTAMP     NOT NULL,
  previous_deadline  DATE,
  requested_deadline DATE          NOT NULL,
  reason             VARCHAR(2000) NOT NULL,
  state              VARCHAR(16)   NOT NULL,
  decided_by         VARCHAR(64),
  decided_at         TIMESTAMP,
  decision_note      VARCHAR(2000),
  version            BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX ix_deadline_extension_assignment ON deadline_extension (assignment_id);

-- The document's history as people read it: who, when, from/to state, comment, and for drafts
-- the file version that was seen (its SHA-256).
CREATE TABLE workflow_event (
  id          BIGINT        NOT NULL PRIMARY KEY,
  document_id BIGINT        NOT NULL REFERENCES document (id),
  actor       VARCHAR(64)   NOT NULL,
  occurred_at TIMESTAMP     NOT NULL,
  action      VARCHAR(32)   NOT NULL,
  from_status VARCHAR(16),
  to_status   VARCHAR(16),
  target      VARCHAR(255),
  comment     VARCHAR(2000),
  file_sha256 CHAR(64),
  file_version INTEGER,
  version     BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX ix_workflow_event_document ON workflow_event (document_id, occurred_at);
