package vn.eoffice.platform.boundary;

import jakarta.ejb.ApplicationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Input that breaks a rule. Rolls the transaction back, so nothing is half-saved, and reaches the
 * caller unwrapped with every violation, to be shown next to its field.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final Set<String> INTERNAL_ATTRIBUTES = Set.of("message", "groups", "payload");

  private final transient List<Violation> violations;

  public InvalidInputException(List<Violation> violations) {
    super(
        violations.stream()
            .map(v -> v.field() + ": " + v.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("invalid input"));
    this.violations = List.copyOf(violations);
  }

  public InvalidInputException(Violation violation) {
    this(List.of(violation));
  }

  /** Turns Bean Validation's findings into violations, ordered by field. */
  public static InvalidInputException of(
      Set<? extends ConstraintViolation<?>> constraintViolations) {
    return new InvalidInputException(
        constraintViolations.stream()
            .map(InvalidInputException::toViolation)
            .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::rule))
            .toList());
  }

  private static Violation toViolation(ConstraintViolation<?> violation) {
    ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
    Map<String, Object> parameters = new TreeMap<>();
    descriptor
        .getAttributes()
        .forEach(
            (name, value) -> {
              if (!INTERNAL_ATTRIBUTES.contains(name)) {
                parameters.put(name, String.valueOf(value));
              }
            });
    return new Violation(
        violation.getPropertyPath().toString(),
        descriptor.getAnnotation().annotationType().getSimpleName(),
        parameters,
        violation.getMessage());
  }

  public List<Violation> violations() {
    return violations;
  }
}
