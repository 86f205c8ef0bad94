package vn.eoffice.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;

/** Checks a command's constraints before a boundary touches the database. */
@ApplicationScoped
public class InputValidator {

  @Inject Validator validator;

  public <T> T check(T command) {
    Set<ConstraintViolation<T>> violations = validator.validate(command);
    if (!violations.isEmpty()) {
      throw InvalidInputException.of(violations);
    }
    return command;
  }
}
