package com.valorivx.api.error;

import com.valorivx.governance.AuthenticationFailedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Credentials or a refresh token not accepted: 401. The service's message never says whether the
 * username or the password was wrong, so it is passed on as the detail.
 */
@Provider
public class AuthenticationFailedMapper implements ExceptionMapper<AuthenticationFailedException> {

  @Override
  public Response toResponse(AuthenticationFailedException e) {
    return Problem.ofStatus(401, e.getMessage())
        .toResponse(Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
  }
}
