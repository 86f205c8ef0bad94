package vn.eoffice.archive.entity;

/** Chế độ sử dụng (Rights): who may read a case file once it is in the archive. */
public enum Access {
  /** Công khai: anyone of the agency. */
  OPEN,
  /** Hạn chế sử dụng: read on a borrowing the head approved. */
  RESTRICTED
}
