-- A user's saved searches: what was typed, the filters chosen and the order, under a name.
CREATE TABLE saved_search (
  id         BIGINT        NOT NULL PRIMARY KEY,
  version    BIGINT        NOT NULL,
  owner      VARCHAR(64)   NOT NULL,
  name       VARCHAR(100)  NOT NULL,
  query      VARCHAR(500)  NOT NULL,
  filters    VARCHAR(2000) NOT NULL,
  sort_order VARCHAR(20)   NOT NULL,
  created_at TIMESTAMP     NOT NULL,
  CONSTRAINT uq_saved_search_name UNIQUE (owner, name)
);
