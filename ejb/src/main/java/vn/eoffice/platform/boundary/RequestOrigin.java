package vn.eoffice.platform.boundary;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from (the client's address), set by the web layer so that the
 * audit log can say "from where" without the services knowing about HTTP.
 */
@RequestScoped
public class RequestOrigin {

  private String address;

  /** The current request's address, or null outside a request (timers, start-up). */
  public static String addressOf(RequestOrigin origin) {
    try {
      return origin.getAddress();
    } catch (ContextNotActiveException e) {
      return null;
    }
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }
}
