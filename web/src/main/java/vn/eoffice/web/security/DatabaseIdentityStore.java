package vn.eoffice.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import vn.eoffice.people.boundary.SignIn;
import vn.eoffice.people.boundary.SignInResult;

/** Checks usernames and passwords against the user accounts in the database. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

  @EJB SignIn signIn;
  @Inject SignInOutcome outcome;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential password)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    SignInResult result = signIn.check(password.getCaller(), password.getPassword().getValue());
    outcome.set(result);
    if (result instanceof SignInResult.Accepted accepted) {
      Set<String> groups =
          accepted.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
      return new CredentialValidationResult(accepted.username(), groups);
    }
    return CredentialValidationResult.INVALID_RESULT;
  }
}
