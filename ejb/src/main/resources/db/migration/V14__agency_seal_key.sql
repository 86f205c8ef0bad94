-- Each agency seals with its own key (issue 24): the label of the HSM token that holds it and the
-- key's alias there. Left empty, the installation's token and key (EOFFICE_SEAL_TOKEN_LABEL,
-- EOFFICE_SEAL_KEY_ALIAS) seal for the agency, as they sealed for the one agency before.
ALTER TABLE agency ADD COLUMN seal_token_label VARCHAR(64);
ALTER TABLE agency ADD COLUMN seal_key_alias VARCHAR(64);
