package vn.eoffice.documents.entity;

/** Độ mật. Anything above NORMAL is seen only by the people the document is assigned to. */
public enum Confidentiality {
  NORMAL,
  /** Mật. */
  CONFIDENTIAL,
  /** Tối mật. */
  SECRET,
  /** Tuyệt mật. */
  TOP_SECRET;

  public boolean restricted() {
    return this != NORMAL;
  }
}
