package vn.eoffice.archive.entity;

/** A case file is open while its work goes on, then closed: its documents and totals fixed. */
public enum FileState {
  OPEN,
  CLOSED
}
