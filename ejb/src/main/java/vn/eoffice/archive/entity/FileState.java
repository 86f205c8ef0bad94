package vn.eoffice.archive.entity;

/**
 * Where a case file stands: open while its work goes on; closed, its documents and totals fixed;
 * handed over to the agency's current archive (nộp lưu); returned by the archivist with a reason
 * (its keeper reopens it or hands it over again); accepted into the archive, read-only from then;
 * destroyed, its retention run out, by a decision of the council the head approved (its record and
 * description kept, its documents no longer in it).
 */
public enum FileState {
  OPEN,
  CLOSED,
  SUBMITTED,
  RETURNED,
  ACCEPTED,
  DESTROYED
}
