package com.valorivx.governance;

import jakarta.ejb.ApplicationException;

/**
 * Credentials or a refresh token were not accepted (HTTP 401). The message never says whether
 * the username or the password was wrong.
 */
@ApplicationException(rollback = true)
public class AuthenticationFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AuthenticationFailedException(String message) {
    super(message);
  }
}
