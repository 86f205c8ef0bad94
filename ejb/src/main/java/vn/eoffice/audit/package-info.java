/**
 * Nhật ký: who did what to which record, when and from where. Entries are only ever added; a sealer
 * chains them with SHA-256 so that a changed or deleted entry is found by verification.
 */
package vn.eoffice.audit;
