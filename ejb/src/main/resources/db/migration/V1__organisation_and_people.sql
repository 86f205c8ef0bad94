-- Agencies, their units, user accounts, roles and unit membership.
-- Written once for PostgreSQL and H2 (PostgreSQL mode): plain types, explicit sequences.

CREATE SEQUENCE entity_id_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE agency (
  id                BIGINT       NOT NULL PRIMARY KEY,
  name              VARCHAR(255) NOT NULL,
  abbreviation      VARCHAR(20)  NOT NULL,
  organisation_code VARCHAR(13),
  version           BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE org_unit (
  id           BIGINT       NOT NULL PRIMARY KEY,
  agency_id    BIGINT       NOT NULL REFERENCES agency (id),
  parent_id    BIGINT                REFERENCES org_unit (id),
  name         VARCHAR(255) NOT NULL,
  abbreviation VARCHAR(20)  NOT NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_org_unit_abbreviation UNIQUE (agency_id, abbreviation)
);

CREATE TABLE user_account (
  id                 BIGINT       NOT NULL PRIMARY KEY,
  agency_id          BIGINT       NOT NULL REFERENCES agency (id),
  username           VARCHAR(64)  NOT NULL,
  full_name          VARCHAR(255) NOT NULL,
  position_title     VARCHAR(255),
  password_hash      VARCHAR(255) NOT NULL,
  enabled            BOOLEAN      NOT NULL,
  failed_sign_ins    INTEGER      NOT NULL DEFAULT 0,
  locked_until       TIMESTAMP,
  preferred_language VARCHAR(8)   NOT NULL DEFAULT 'vi',
  version            BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_user_account_username UNIQUE (username)
);

CREATE TABLE user_role (
  user_id BIGINT      NOT NULL REFERENCES user_account (id),
  role    VARCHAR(16) NOT NULL,
  PRIMARY KEY (user_id, role)
);

CREATE TABLE unit_membership (
  user_id BIGINT NOT NULL REFERENCES user_account (id),
  unit_id BIGINT NOT NULL REFERENCES org_unit (id),
  PRIMARY KEY (user_id, unit_id)
);
