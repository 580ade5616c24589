package com.valorivx.api.error;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The JAX-RS runtime wraps a body reader's failure in a {@link ProcessingException}: a JSON
 * parsing or binding cause is the caller's 400; anything else is the server's 500.
 */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException e) {
    if (UnreadableBody.isCause(e)) {
      return UnreadableBody.problem(e).toResponse();
    }
    return ServerErrors.toResponse(e);
  }
}
