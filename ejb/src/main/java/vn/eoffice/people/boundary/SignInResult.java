package vn.eoffice.people.boundary;

import java.time.Instant;
import java.util.Set;
import vn.eoffice.people.entity.Role;

/** The outcome of checking a username and password. */
public sealed interface SignInResult {

  /** Right password on an enabled, unlocked account. */
  record Accepted(String username, Set<Role> roles) implements SignInResult {}

  /** Unknown user, wrong password or disabled account: deliberately not told apart. */
  record Refused() implements SignInResult {}

  /** Too many failed attempts: no password is accepted before {@code until}. */
  record Locked(Instant until) implements SignInResult {}
}
