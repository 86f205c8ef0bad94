-- Failed sign-ins under names that are no account, counted and locked as an account's are, so that
-- the answers to wrong passwords never tell which names exist. Rows a day old are cleared.
CREATE TABLE unknown_sign_in (
  username        VARCHAR(100) NOT NULL PRIMARY KEY,
  failed_sign_ins INTEGER      NOT NULL,
  locked_until    TIMESTAMP,
  last_failure    TIMESTAMP    NOT NULL
);
CREATE INDEX unknown_sign_in_last_failure ON unknown_sign_in (last_failure);
