package vn.eoffice.workflow.boundary;

import java.util.List;

/**
 * What waits for the user: documents waiting for their decision (presented to them, drafts to
 * review or approve, drafts returned to them), their assignments in the chosen view, and counts for
 * the reminders (new, overdue, due within three days).
 */
public record Inbox(
    List<DocumentSummary> awaiting,
    List<InboxItem> items,
    int newCount,
    int overdueCount,
    int dueSoonCount) {}
