package vn.eoffice.web.api;

import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.Violation;

/** Checks shared by the resources that take a JSON body. */
public final class RequestBodies {

  private RequestBodies() {}

  /** The body itself, or a 400 problem naming {@code body} when the request had none. */
  public static <T> T required(T body) {
    if (body == null) {
      throw new InvalidInputException(Violation.of("body", "NotNull", "a JSON body is required"));
    }
    return body;
  }
}
