/** Audit entries and the head of their hash chain. */
package vn.eoffice.audit.entity;
