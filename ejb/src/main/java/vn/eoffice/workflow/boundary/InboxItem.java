package vn.eoffice.workflow.boundary;

/** One line of a handler's inbox: the assignment and its document. */
public record InboxItem(AssignmentView assignment, DocumentSummary document) {}
