package com.valorivx.api.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own refusals (no route 404, 405, 415, a missing token or role...) keep their status and
 * headers ({@code Allow}, {@code WWW-Authenticate}) and get a problem body. A role check that
 * fails for a caller with no token at all is a 401, not a 403: the caller has not said who it is.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context
  SecurityContext security;

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    int status = original.getStatus();
    Response.ResponseBuilder builder = Response.fromResponse(original);
    if (status == 403 && security.getUserPrincipal() == null) {
      status = 401;
    }
    if (status == 401) {
      builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
    return Problem.ofStatus(status, StatusDetails.detail(status, e.getMessage())).toResponse(builder);
  }
}
