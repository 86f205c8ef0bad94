-- One row per submission that carried an Idempotency-Key: a request that arrives again (a double
-- click, a retry after an answer was lost) is answered from here instead of being done twice.
-- The key is stored hashed with its user; rows a day old are cleared.
CREATE TABLE request_key (
  key_hash    VARCHAR(64)     NOT NULL PRIMARY KEY,
  request     VARCHAR(300)    NOT NULL,
  created_at  TIMESTAMP       NOT NULL,
  status      INTEGER,
  media_type  VARCHAR(100),
  body        VARCHAR(1000000)
);
CREATE INDEX request_key_created_at ON request_key (created_at);
