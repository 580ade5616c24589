package com.valorivx.web.security;

import com.valorivx.governance.AuthService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Checks screen credentials with {@link AuthService} (the same users and PBKDF2 hashes as the
 * API). A valid caller's roles become its groups, and the caller, with its tenant, is kept in
 * {@link SignedInUser} for the session.
 */
@ApplicationScoped
public class ValorIdentityStore implements IdentityStore {

  @Inject
  AuthService auth;

  @Inject
  SignedInUser signedInUser;

  /** Called by the container for {@link UsernamePasswordCredential}s. */
  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return auth.authenticate(credential.getCaller(), credential.getPasswordAsString())
        .map(caller -> {
          signedInUser.signIn(caller);
          return new CredentialValidationResult(new CallerPrincipal(caller.username()), caller.roles());
        })
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
