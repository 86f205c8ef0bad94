/**
 * Workflow: the leader's instruction and assignment of incoming documents with deadlines, the
 * handlers' progress and results, deadline extensions, and the review and approval of outgoing
 * drafts (Decree 30/2020, art. 10-14 and 20-24). Every transition is a {@code WorkflowEvent} in the
 * document's history and an entry in the audit log.
 */
package vn.eoffice.workflow;
