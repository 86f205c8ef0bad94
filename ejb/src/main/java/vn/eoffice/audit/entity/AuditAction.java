package vn.eoffice.audit.entity;

/** What an audit entry records. */
public enum AuditAction {
  DOCUMENT_REGISTERED,
  DOCUMENT_DRAFTED,
  DOCUMENT_CHANGED,
  DOCUMENT_ISSUED,
  /** A workflow transition: presented, instructed, submitted, approved, returned, sent… */
  DOCUMENT_WORKFLOW,
  FILE_UPLOADED,
  FILE_VERSION_ADDED,
  FILE_VIEWED,
  FILE_DOWNLOADED,
  REGISTER_EXPORTED,
  REGISTER_CREATED,
  REGISTER_CHANGED,
  DOCUMENT_TYPE_CREATED,
  DOCUMENT_TYPE_CHANGED,
  SIGNATURE_IMAGE_UPLOADED,
  SIGNATURES_VALIDATED,
  SEARCH_INDEX_REBUILT,
  SEARCH_EXPORTED,
  DOCUMENTS_COMPARED,
  SAVED_SEARCH_CHANGED,
  AGENCY_CREATED,
  /** An agency's details changed, or it was deactivated or activated again. */
  AGENCY_CHANGED,
  AGENCY_ADMINISTRATOR_NAMED,
  /** A partner agency elsewhere added to the exchange directory, changed or deactivated. */
  EXCHANGE_PARTNER_CHANGED,
  /** A package arrived from another agency and waits in the clerk's queue. */
  EXCHANGE_RECEIVED,
  /** The clerk accepted a package received (registered it) or refused it. */
  EXCHANGE_DECIDED,
  /** An issued document's electronic recipients chosen, or a send retried or cancelled. */
  EXCHANGE_SENDING,
  /** A year's file plan drafted, a planned file added or dropped. */
  FILE_PLAN_CHANGED,
  /** A year's file plan approved by the head of the agency. */
  FILE_PLAN_APPROVED,
  /** A case file opened, a document added to it or taken out. */
  CASE_FILE_CHANGED,
  /** A case file closed: its documents and totals fixed. */
  CASE_FILE_CLOSED,
  /** A closed case file handed over to the current archive. */
  CASE_FILE_HANDED_OVER,
  /** The archivist accepted a file handed over, or returned it with the reason. */
  CASE_FILE_ARCHIVED,
  /** A borrowing of a file in the archive asked, approved or refused. */
  CASE_FILE_LOAN,
  /** A file in the archive read on a borrowing. */
  CASE_FILE_READ,
  /** A destruction proposed, approved with the council's decision, or carried out. */
  CASE_FILE_DESTRUCTION
}
