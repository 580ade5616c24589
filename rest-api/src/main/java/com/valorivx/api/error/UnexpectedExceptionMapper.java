package com.valorivx.api.error;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * Everything no other mapper takes. An EJB wraps a runtime exception it did not declare in an
 * {@link EJBException}; the cause is handed to the mapper for its own type, so it reads the same
 * as when thrown directly. Whatever is left is a 500 with a correlation id.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  @Context
  Providers providers;

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Response toResponse(Throwable e) {
    Throwable cause = e;
    while (cause instanceof EJBException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause != e) {
      ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
      if (mapper != null && !(mapper instanceof UnexpectedExceptionMapper)) {
        return mapper.toResponse(cause);
      }
    }
    return ServerErrors.toResponse(e);
  }
}
