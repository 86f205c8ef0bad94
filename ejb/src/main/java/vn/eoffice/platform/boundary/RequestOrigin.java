package vn.eoffice.platform.boundary;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from (the client's address), set by the web layer so that the
 * audit log can say "from where" without the services knowing about HTTP.
 */
@RequestScoped
public class RequestOrigin {

  private String address;

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }
}
