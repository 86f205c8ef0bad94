package vn.eoffice.people.entity;

/** What a user may do. A user may hold several roles. */
public enum Role {
  /** Văn thư: registers, numbers, issues and seals documents. */
  CLERK,
  /** Lãnh đạo: instructs, assigns, approves and signs. */
  LEADER,
  /** Chuyên viên: handles assigned documents and drafts outgoing ones. */
  OFFICER,
  /** Lưu trữ: searches records and keeps case files. */
  ARCHIVIST,
  /** Quản trị: organisation tree, users, roles, registers. */
  ADMIN;

  /** Role names as the security layer knows them. */
  public static final String CLERK_NAME = "CLERK";

  public static final String LEADER_NAME = "LEADER";
  public static final String OFFICER_NAME = "OFFICER";
  public static final String ARCHIVIST_NAME = "ARCHIVIST";
  public static final String ADMIN_NAME = "ADMIN";
}
