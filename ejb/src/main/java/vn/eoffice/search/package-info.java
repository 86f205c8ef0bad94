/**
 * Tra cứu: full-text search over every document a user may read, kept up to date from the database
 * through a journal written with each change.
 */
package vn.eoffice.search;
