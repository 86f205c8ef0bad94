/** Handling of incoming documents, approval of drafts, inboxes and the follow-up lists. */
package vn.eoffice.workflow.boundary;
