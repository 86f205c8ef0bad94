/**
 * Documents in the registers: incoming documents as the clerk registers them, outgoing ones from
 * draft to issue, their files (every change a new version) and who may see them. Numbering and the
 * registers themselves live in {@code registers}; the audit trail in {@code audit}.
 */
package vn.eoffice.documents;
