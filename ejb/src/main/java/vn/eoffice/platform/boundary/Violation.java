package vn.eoffice.platform.boundary;

import java.util.Map;

/**
 * One rejected field: which field, the rule it broke (a Bean Validation constraint name such as
 * {@code NotBlank}, or a business rule such as {@code Unique}), the rule's parameters (for {@code
 * Size}: min and max) and an English message for logs and clients without a bundle.
 */
public record Violation(String field, String rule, Map<String, Object> parameters, String message) {

  public Violation {
    parameters = Map.copyOf(parameters);
  }

  public static Violation of(String field, String rule, String message) {
    return new Violation(field, rule, Map.of(), message);
  }
}
