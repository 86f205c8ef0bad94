package vn.eoffice.workflow.control;

import vn.eoffice.documents.entity.Document;
import vn.eoffice.workflow.entity.WorkflowEvent;

/** A step of a document's workflow was written into its history, in the step's transaction. */
public record WorkflowRecorded(Document document, WorkflowEvent event) {}
