package com.valorivx.web.security;

import com.valorivx.governance.AuthService;
import com.valorivx.governance.ClientAddresses;
import com.valorivx.governance.LoginLockedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Checks screen credentials with {@link AuthService} (the same users, PBKDF2 hashes and sign-in
 * throttle as the API, keyed by the same client address). A valid caller's roles become its
 * groups, and the caller, with its tenant, is kept in {@link SignedInUser} for the session.
 */
@ApplicationScoped
public class ValorIdentityStore implements IdentityStore {

  @Inject
  AuthService auth;

  @Inject
  ClientAddresses clientAddresses;

  @Inject
  HttpServletRequest request;

  @Inject
  SignedInUser signedInUser;

  @Inject
  SignInRefusal refusal;

  /** Called by the container for {@link UsernamePasswordCredential}s. */
  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String client = clientAddresses.resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    try {
      return auth.authenticate(credential.getCaller(), credential.getPasswordAsString(), client)
          .map(caller -> {
            signedInUser.signIn(caller);
            return new CredentialValidationResult(new CallerPrincipal(caller.username()), caller.roles());
          })
          .orElse(CredentialValidationResult.INVALID_RESULT);
    } catch (LoginLockedException e) {
      refusal.locked(e.retryAfterSeconds());
      return CredentialValidationResult.INVALID_RESULT;
    }
  }
}
