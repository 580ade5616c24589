package com.valorivx.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Everything no other mapper takes: a 500 with a correlation id, the cause logged under it. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  @Override
  public Response toResponse(Throwable e) {
    return ServerErrors.toResponse(e);
  }
}
