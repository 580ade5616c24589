package com.valorivx.web.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * Why this request's sign-in was refused, for the login page's message: locked (too many failed
 * sign-ins for the name or from the address) or not. Never which of username or password was wrong.
 */
@RequestScoped
public class SignInRefusal {

  private long lockedSeconds;

  void locked(long seconds) {
    this.lockedSeconds = seconds;
  }

  /** Seconds until the lock ends; 0 when the sign-in was not refused by a lock. */
  public long getLockedSeconds() {
    return lockedSeconds;
  }
}
