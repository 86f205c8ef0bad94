package vn.eoffice.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;

/** Checks a command's constraints before a boundary touches the database. */
@ApplicationScoped
public class InputValidator {

  private Validator validator;

  /**
   * One validator for the application: it is thread-safe, and the injected one is looked up again
   * on each call.
   */
  @Inject
  void init(ValidatorFactory factory) {
    this.validator = factory.getValidator();
  }

  public <T> T check(T command) {
    Set<ConstraintViolation<T>> violations = validator.validate(command);
    if (!violations.isEmpty()) {
      throw InvalidInputException.of(violations);
    }
    return command;
  }
}
