/**
 * First start: the demo organisation and one account per role, so that a fresh installation can be
 * tried at once. Runs after the schema migration and only on an empty database.
 */
package vn.eoffice.setup;
