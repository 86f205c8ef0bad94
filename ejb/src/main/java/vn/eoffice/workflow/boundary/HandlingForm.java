package vn.eoffice.workflow.boundary;

import java.util.List;

/**
 * Phiếu giải quyết văn bản đến: the leader's lines and the unit leaders' lines under them, the
 * handlers' progress reports and the deadline extensions.
 */
public record HandlingForm(
    long documentId,
    List<AssignmentView> assignments,
    List<ProgressView> progress,
    List<ExtensionView> extensions) {}
