/** REST resource for the audit log and its verification (administrators). */
package vn.eoffice.web.audit;
