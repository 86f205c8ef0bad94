package vn.eoffice.archive.boundary;

import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.Violation;

/** A retention as stored: years, or null for permanent (vĩnh viễn); one of the two must be said. */
final class Retention {

  private Retention() {}

  static Integer of(Integer years, boolean permanent) {
    if (permanent && years != null) {
      throw new InvalidInputException(
          Violation.of(
              "retentionYears",
              "PermanentAndYears",
              "a retention is either permanent or a number of years, not both"));
    }
    if (!permanent && years == null) {
      throw new InvalidInputException(
          Violation.of(
              "retentionYears",
              "Required",
              "the retention is required: a number of years from 1 to 100, or permanent"));
    }
    return years;
  }
}
