/** Writing, sealing, reading and verifying the audit log. */
package vn.eoffice.audit.boundary;
