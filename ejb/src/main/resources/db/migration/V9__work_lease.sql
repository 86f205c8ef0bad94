-- Work that must run on one application node at a time (the audit sealer, later outboxes, OCR
-- queues, reminders) holds a lease: a node takes it when it is free or expired, renews it while it
-- works and gives it back when it stops. A node that dies loses it when it expires.
CREATE TABLE work_lease (
  name       VARCHAR(64)  NOT NULL PRIMARY KEY,
  holder     VARCHAR(128) NOT NULL,
  expires_at TIMESTAMP    NOT NULL
);
