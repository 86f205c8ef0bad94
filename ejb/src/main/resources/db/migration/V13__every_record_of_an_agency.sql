-- Many agencies on one installation (issue 24): every record belongs to exactly one agency. The
-- tables that did not say whose their rows are learn it from the record they hang on (a file from
-- its document, a report from its assignment), or from the person who made them; what has neither
-- goes to the installation's agency, the only one it had so far. Nothing is dropped.
--
-- The national list of document types (Phụ lục III) stays shared: its rows have no agency.
-- Audit entries keep their place in the one chain; the agency is added beside them, outside their
-- hash (hash_form 1), while new entries hash it too (hash_form 2).

ALTER TABLE document_type ADD COLUMN agency_id BIGINT REFERENCES agency (id);
CREATE INDEX ix_document_type_agency ON document_type (agency_id);

ALTER TABLE upload ADD COLUMN agency_id BIGINT;
UPDATE upload SET agency_id = COALESCE(
  (SELECT u.agency_id FROM user_account u WHERE u.username = upload.uploaded_by),
  (SELECT MIN(a.id) FROM agency a));

ALTER TABLE document_file ADD COLUMN agency_id BIGINT;
UPDATE document_file SET agency_id =
  (SELECT d.agency_id FROM document d WHERE d.id = document_file.document_id);

ALTER TABLE file_version ADD COLUMN agency_id BIGINT;
UPDATE file_version SET agency_id =
  (SELECT f.agency_id FROM document_file f WHERE f.id = file_version.file_id);

ALTER TABLE assignment ADD COLUMN agency_id BIGINT;
UPDATE assignment SET agency_id =
  (SELECT d.agency_id FROM document d WHERE d.id = assignment.document_id);

ALTER TABLE progress_report ADD COLUMN agency_id BIGINT;
UPDATE progress_report SET agency_id =
  (SELECT a.agency_id FROM assignment a WHERE a.id = progress_report.assignment_id);

ALTER TABLE deadline_extension ADD COLUMN agency_id BIGINT;
UPDATE deadline_extension SET agency_id =
  (SELECT a.agency_id FROM assignment a WHERE a.id = deadline_extension.assignment_id);

ALTER TABLE workflow_event ADD COLUMN agency_id BIGINT;
UPDATE workflow_event SET agency_id =
  (SELECT d.agency_id FROM document d WHERE d.id = workflow_event.document_id);

ALTER TABLE signature_request ADD COLUMN agency_id BIGINT;
UPDATE signature_request SET agency_id =
  (SELECT d.agency_id FROM document d WHERE d.id = signature_request.document_id);

ALTER TABLE signature_image ADD COLUMN agency_id BIGINT;
UPDATE signature_image SET agency_id = COALESCE(
  (SELECT u.agency_id FROM user_account u WHERE u.username = signature_image.owner),
  (SELECT MIN(a.id) FROM agency a));
-- The seal image was the installation's; now each agency has its own.
UPDATE signature_image SET owner = CONCAT('@seal:', CAST(agency_id AS VARCHAR(20)))
  WHERE owner = '@seal';

ALTER TABLE saved_search ADD COLUMN agency_id BIGINT;
UPDATE saved_search SET agency_id = COALESCE(
  (SELECT u.agency_id FROM user_account u WHERE u.username = saved_search.owner),
  (SELECT MIN(a.id) FROM agency a));

ALTER TABLE search_journal ADD COLUMN agency_id BIGINT;
UPDATE search_journal SET agency_id = COALESCE(
  (SELECT d.agency_id FROM document d WHERE d.id = search_journal.document_id),
  (SELECT MIN(a.id) FROM agency a));

ALTER TABLE audit_entry ADD COLUMN agency_id BIGINT REFERENCES agency (id);
ALTER TABLE audit_entry ADD COLUMN hash_form SMALLINT DEFAULT 2 NOT NULL;
UPDATE audit_entry SET hash_form = 1, agency_id = (SELECT MIN(a.id) FROM agency a);
CREATE INDEX ix_audit_entry_agency ON audit_entry (agency_id, occurred_at);

ALTER TABLE upload ALTER COLUMN agency_id SET NOT NULL;
ALTER TABLE document_file ALTER COLUMN agency_id SET NOT NULL;
ALTER TABLE file_version ALTER COLUMN agency_id SET NOT NULL;
ALTER TABLE assignment ALTER COLUMN agency_id SET NOT NULL;
ALTER TABLE progress_report ALTER COLUMN agency_id SET NOT NULL;
ALTER TABLE deadline_extension ALTER COLUMN agency_id SET NOT NULL;
ALTER TABLE workflow_event ALTER COLUMN agency_id SET NOT NULL;
ALTER TABLE signature_request ALTER COLUMN agency_id SET NOT NULL;
ALTER TABLE signature_image ALTER COLUMN agency_id SET NOT NULL;
ALTER TABLE saved_search ALTER COLUMN agency_id SET NOT NULL;
ALTER TABLE search_journal ALTER COLUMN agency_id SET NOT NULL;

ALTER TABLE upload ADD CONSTRAINT fk_upload_agency
  FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE document_file ADD CONSTRAINT fk_document_file_agency
  FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE file_version ADD CONSTRAINT fk_file_version_agency
  FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE assignment ADD CONSTRAINT fk_assignment_agency
  FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE progress_report ADD CONSTRAINT fk_progress_report_agency
  FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE deadline_extension ADD CONSTRAINT fk_deadline_extension_agency
  FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE workflow_event ADD CONSTRAINT fk_workflow_event_agency
  FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE signature_request ADD CONSTRAINT fk_signature_request_agency
  FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE signature_image ADD CONSTRAINT fk_signature_image_agency
  FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE saved_search ADD CONSTRAINT fk_saved_search_agency
  FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE search_journal ADD CONSTRAINT fk_search_journal_agency
  FOREIGN KEY (agency_id) REFERENCES agency (id);

-- An agency's lists start from its own rows.
CREATE INDEX ix_document_agency ON document (agency_id, id);
CREATE INDEX ix_user_account_agency ON user_account (agency_id);
CREATE INDEX ix_document_register_agency ON document_register (agency_id);
CREATE INDEX ix_upload_agency ON upload (agency_id);
CREATE INDEX ix_saved_search_agency ON saved_search (agency_id, owner);
