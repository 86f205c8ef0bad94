package vn.eoffice.documents.entity;

/** Độ khẩn, from none to Hỏa tốc (Decree 30/2020, Phụ lục I). */
public enum Urgency {
  NORMAL,
  /** Khẩn. */
  URGENT,
  /** Thượng khẩn. */
  VERY_URGENT,
  /** Hỏa tốc. */
  FLASH
}
