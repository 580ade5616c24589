package com.valorivx.governance;

import jakarta.ejb.ApplicationException;

/**
 * Too many failed sign-ins for the username or from the client address: refused, even with the
 * right password, until the lock ends (HTTP 429 with {@code Retry-After}). Unknown usernames are
 * locked the same way, so the answer tells nothing about which names exist.
 */
@ApplicationException(rollback = true)
public class LoginLockedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  public LoginLockedException(long retryAfterSeconds) {
    super("Too many failed sign-ins; try again later.");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Whole seconds until the lock ends, at least 1. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
