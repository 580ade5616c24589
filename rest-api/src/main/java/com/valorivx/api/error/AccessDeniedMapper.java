package com.valorivx.api.error;

import com.valorivx.governance.AccessDeniedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The caller is known but its roles do not allow the use case: 403. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

  @Override
  public Response toResponse(AccessDeniedException e) {
    return Problem.ofStatus(403, e.getMessage()).toResponse();
  }
}
