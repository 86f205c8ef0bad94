package vn.eoffice.workflow.boundary;

import java.util.List;

/** Open lines past their deadline, and those due within the next days, as far as one may see. */
public record FollowUp(List<InboxItem> overdue, List<InboxItem> dueSoon) {}
