package vn.eoffice.edxml;

/** Who did it: the department and the person, with how to reach them (all optional). */
public record StaffInfo(String department, String staff, String email, String mobile) {

  public static StaffInfo of(String department, String staff) {
    return new StaffInfo(department, staff, null, null);
  }
}
