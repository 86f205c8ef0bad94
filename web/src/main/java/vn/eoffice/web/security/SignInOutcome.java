package vn.eoffice.web.security;

import jakarta.enterprise.context.RequestScoped;
import vn.eoffice.people.boundary.SignInResult;

/**
 * Carries the detailed outcome of a credential check from the identity store, whose contract has
 * only valid/invalid, to the mechanism that must tell a locked account from a wrong password.
 */
@RequestScoped
public class SignInOutcome {

  private SignInResult result;

  public SignInResult get() {
    return result;
  }

  void set(SignInResult result) {
    this.result = result;
  }
}
