-- The agency as the province platform and the exchange between agencies need it (issue 24):
-- its parent agency, the sender block of edXML (address, e-mail, telephone), the place name of
-- its date line, whether it is active, and its mã định danh unique on the platform. Existing
-- agencies stay active; nothing else changes.

ALTER TABLE agency ADD COLUMN parent_id BIGINT REFERENCES agency (id);
ALTER TABLE agency ADD COLUMN address VARCHAR(500);
ALTER TABLE agency ADD COLUMN email VARCHAR(254);
ALTER TABLE agency ADD COLUMN telephone VARCHAR(40);
ALTER TABLE agency ADD COLUMN place_name VARCHAR(100);
ALTER TABLE agency ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
CREATE UNIQUE INDEX uq_agency_organisation_code ON agency (organisation_code);
CREATE INDEX ix_agency_parent ON agency (parent_id);
