package com.valorivx.governance;

import jakarta.ejb.ApplicationException;

/**
 * A refresh token that was already used came back: someone holds a copy. The whole family of
 * tokens descended from that sign-in has been revoked, and that revocation must be committed, so
 * unlike its parent this exception does not roll the transaction back. Answered like any refused
 * refresh token (HTTP 401).
 */
@ApplicationException(rollback = false)
public class RefreshTokenReusedException extends AuthenticationFailedException {
  private static final long serialVersionUID = 1L;

  public RefreshTokenReusedException(String message) {
    super(message);
  }
}
