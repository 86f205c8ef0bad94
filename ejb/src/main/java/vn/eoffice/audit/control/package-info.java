/** The hash that links each audit entry to the one before. */
package vn.eoffice.audit.control;
