package com.valorivx.api.error;

import com.valorivx.governance.LoginLockedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Sign-in locked after too many failures: 429 with {@code Retry-After} (seconds until the lock
 * ends). Unknown usernames are locked the same way, so the answer reveals no username.
 */
@Provider
public class LoginLockedMapper implements ExceptionMapper<LoginLockedException> {

  @Override
  public Response toResponse(LoginLockedException e) {
    return Problem.ofStatus(429, e.getMessage())
        .toResponse(Response.status(429).header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds())));
  }
}
