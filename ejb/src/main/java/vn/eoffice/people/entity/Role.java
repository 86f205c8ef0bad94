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
  /** Quản trị: the agency's organisation tree, users, roles, registers. */
  ADMIN,
  /**
   * Quản trị nền tảng: the platform's agencies and their first administrators. Reads no agency's
   * documents by this role.
   */
  PLATFORM_ADMIN;

  /** Role names as the security layer knows them. */
  public static final String CLERK_NAME = "CLERK";

  public static final String LEADER_NAME = "LEADER";
  public static final String OFFICER_NAME = "OFFICER";
  public static final String ARCHIVIST_NAME = "ARCHIVIST";
  public static final String ADMIN_NAME = "ADMIN";
  public static final String PLATFORM_ADMIN_NAME = "PLATFORM_ADMIN";
}
