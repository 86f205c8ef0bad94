-- ix_document_register indexed the same columns, in the same order, as the unique constraint
-- uq_document_number, whose own index serves every lookup by register, year and number. Each
-- registration paid for keeping both up to date.
DROP INDEX ix_document_register;
