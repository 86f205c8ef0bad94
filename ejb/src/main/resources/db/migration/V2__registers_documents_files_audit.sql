-- Document types, registers with their yearly counters, documents, the file store's metadata
-- and the hash-chained audit log. Written once for PostgreSQL and H2 (PostgreSQL mode).

-- Tên loại văn bản (Decree 30/2020, art. 7 and Phụ lục III). Ids below the entity sequence.
CREATE TABLE document_type (
  id           BIGINT       NOT NULL PRIMARY KEY,
  name         VARCHAR(100) NOT NULL,
  abbreviation VARCHAR(10),
  sort_order   INTEGER      NOT NULL,
  active       BOOLEAN      NOT NULL DEFAULT TRUE,
  version      BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_document_type_name UNIQUE (name),
  CONSTRAINT uq_document_type_abbreviation UNIQUE (abbreviation)
);

INSERT INTO document_type (id, name, abbreviation, sort_order) VALUES
  (1, 'Nghị quyết', 'NQ', 1),
  (2, 'Quyết định', 'QĐ', 2),
  (3, 'Chỉ thị', 'CT', 3),
  (4, 'Quy chế', 'QC', 4),
  (5, 'Quy định', 'QyĐ', 5),
  (6, 'Thông cáo', 'TC', 6),
  (7, 'Thông báo', 'TB', 7),
  (8, 'Hướng dẫn', 'HD', 8),
  (9, 'Chương trình', 'CTr', 9),
  (10, 'Kế hoạch', 'KH', 10),
  (11, 'Phương án', 'PA', 11),
  (12, 'Đề án', 'ĐA', 12),
  (13, 'Dự án', 'DA', 13),
  (14, 'Báo cáo', 'BC', 14),
  (15, 'Biên bản', 'BB', 15),
  (16, 'Tờ trình', 'TTr', 16),
  (17, 'Hợp đồng', 'HĐ', 17),
  (18, 'Công văn', NULL, 18),
  (19, 'Công điện', 'CĐ', 19),
  (20, 'Bản ghi nhớ', 'BGN', 20),
  (21, 'Bản thỏa thuận', 'BTT', 21),
  (22, 'Giấy ủy quyền', 'GUQ', 22),
  (23, 'Giấy mời', 'GM', 23),
  (24, 'Giấy giới thiệu', 'GGT', 24),
  (25, 'Giấy nghỉ phép', 'GNP', 25),
  (26, 'Phiếu gửi', 'PG', 26),
  (27, 'Phiếu chuyển', 'PC', 27),
  (28, 'Phiếu báo', 'PB', 28),
  (29, 'Thư công', NULL, 29);

-- Sổ đăng ký: one incoming register per agency, outgoing registers as the administrator sets
-- them up (a general series, a confidential series, series per document type).
CREATE TABLE document_register (
  id               BIGINT       NOT NULL PRIMARY KEY,
  agency_id        BIGINT       NOT NULL REFERENCES agency (id),
  direction        VARCHAR(16)  NOT NULL,
  name             VARCHAR(255) NOT NULL,
  confidential     BOOLEAN      NOT NULL DEFAULT FALSE,
  document_type_id BIGINT                REFERENCES document_type (id),
  active           BOOLEAN      NOT NULL DEFAULT TRUE,
  version          BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_document_register_name UNIQUE (agency_id, name)
);

-- The last number given per register and year. Taking a number updates this row, so the row
-- lock orders concurrent takers and a rollback gives the number back.
CREATE TABLE register_counter (
  register_id  BIGINT  NOT NULL REFERENCES document_register (id),
  counter_year INTEGER NOT NULL,
  last_number  INTEGER NOT NULL,
  PRIMARY KEY (register_id, counter_year)
);

CREATE TABLE document (
  id                BIGINT        NOT NULL PRIMARY KEY,
  agency_id         BIGINT        NOT NULL REFERENCES agency (id),
  direction         VARCHAR(16)   NOT NULL,
  status            VARCHAR(16)   NOT NULL,
  register_id       BIGINT                 REFERENCES document_register (id),
  register_year     INTEGER,
  number            INTEGER,
  notation          VARCHAR(100),
  notation_key      VARCHAR(100),
  -- Incoming: issuer name, số ký hiệu and date in a comparable form, for the duplicate warning;
  -- the same with the issuer's code when it has one.
  duplicate_key      VARCHAR(400),
  duplicate_code_key VARCHAR(150),
  document_date     DATE,
  document_type_id  BIGINT        NOT NULL REFERENCES document_type (id),
  subject           VARCHAR(2000) NOT NULL,
  issuer_name       VARCHAR(255),
  issuer_code       VARCHAR(13),
  signer_name       VARCHAR(255),
  signer_position   VARCHAR(255),
  recipients        VARCHAR(2000),
  drafting_unit_id  BIGINT                 REFERENCES org_unit (id),
  urgency           VARCHAR(16)   NOT NULL,
  confidentiality   VARCHAR(16)   NOT NULL,
  page_count        INTEGER,
  copies            INTEGER,
  deadline          DATE,
  notes             VARCHAR(2000),
  received_at       TIMESTAMP,
  registered_at     TIMESTAMP,
  registered_by     VARCHAR(64),
  created_at        TIMESTAMP     NOT NULL,
  created_by        VARCHAR(64)   NOT NULL,
  issued_at         TIMESTAMP,
  issued_by         VARCHAR(64),
  version           BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_document_number UNIQUE (register_id, register_year, number),
  CONSTRAINT uq_document_notation UNIQUE (agency_id, direction, register_year, notation_key)
);

CREATE INDEX ix_document_register ON document (register_id, register_year, number);
CREATE INDEX ix_document_duplicate ON document (duplicate_key);
CREATE INDEX ix_document_duplicate_code ON document (duplicate_code_key);
CREATE INDEX ix_document_received ON document (agency_id, direction, received_at);

-- Who may see a confidential document besides the clerk who registered it (assignments).
CREATE TABLE document_access (
  document_id BIGINT      NOT NULL REFERENCES document (id),
  username    VARCHAR(64) NOT NULL,
  PRIMARY KEY (document_id, username)
);

-- Content, stored once per SHA-256 under the data folder; this row is its metadata.
CREATE TABLE stored_content (
  sha256     CHAR(64)    NOT NULL PRIMARY KEY,
  size_bytes BIGINT      NOT NULL,
  media_type VARCHAR(100) NOT NULL,
  stored_at  TIMESTAMP   NOT NULL
);

-- A file received but not yet attached to a document (the two steps of a registration).
CREATE TABLE upload (
  id          BIGINT       NOT NULL PRIMARY KEY,
  sha256      CHAR(64)     NOT NULL REFERENCES stored_content (sha256),
  file_name   VARCHAR(255) NOT NULL,
  media_type  VARCHAR(100) NOT NULL,
  size_bytes  BIGINT       NOT NULL,
  uploaded_by VARCHAR(64)  NOT NULL,
  uploaded_at TIMESTAMP    NOT NULL,
  attached    BOOLEAN      NOT NULL DEFAULT FALSE,
  version     BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE document_file (
  id          BIGINT       NOT NULL PRIMARY KEY,
  document_id BIGINT       NOT NULL REFERENCES document (id),
  position    INTEGER      NOT NULL,
  version     BIGINT       NOT NULL DEFAULT 0
);

-- Every change to a file is a new version; old versions are kept.
CREATE TABLE file_version (
  id             BIGINT       NOT NULL PRIMARY KEY,
  file_id        BIGINT       NOT NULL REFERENCES document_file (id),
  version_number INTEGER      NOT NULL,
  sha256         CHAR(64)     NOT NULL REFERENCES stored_content (sha256),
  file_name      VARCHAR(255) NOT NULL,
  media_type     VARCHAR(100) NOT NULL,
  size_bytes     BIGINT       NOT NULL,
  created_by     VARCHAR(64)  NOT NULL,
  created_at     TIMESTAMP    NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_file_version UNIQUE (file_id, version_number)
);

-- Nhật ký truy cập: written by every service, never changed or deleted. The sealer chains the
-- entries in the order it seals them: hash = SHA-256(previous hash | the entry's fields), kept in
-- audit_seal. audit_pending lists what waits for the sealer (written with the entry).
-- EclipseLink takes the value fetched as the last of a block of 50: start at 50 for ids 1-50.
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
  id          BIGINT        NOT NULL PRIMARY KEY,
  occurred_at TIMESTAMP     NOT NULL,
  actor       VARCHAR(64)   NOT NULL,
  origin      VARCHAR(64),
  action      VARCHAR(40)   NOT NULL,
  object_type VARCHAR(40)   NOT NULL,
  object_id   VARCHAR(64),
  detail      VARCHAR(2000)
);

CREATE INDEX ix_audit_object ON audit_entry (object_type, object_id);
CREATE INDEX ix_audit_occurred ON audit_entry (occurred_at);

CREATE TABLE audit_pending (
  entry_id BIGINT NOT NULL PRIMARY KEY
);

CREATE TABLE audit_seal (
  chain_index BIGINT   NOT NULL PRIMARY KEY,
  entry_id    BIGINT   NOT NULL REFERENCES audit_entry (id),
  entry_hash  CHAR(64) NOT NULL,
  CONSTRAINT uq_audit_seal_entry UNIQUE (entry_id)
);

CREATE TABLE audit_chain_head (
  id          INTEGER  NOT NULL PRIMARY KEY,
  chain_index BIGINT   NOT NULL,
  entry_hash  CHAR(64) NOT NULL
);

INSERT INTO audit_chain_head (id, chain_index, entry_hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
