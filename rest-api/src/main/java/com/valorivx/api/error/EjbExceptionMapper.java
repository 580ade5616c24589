package com.valorivx.api.error;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.governance.AuthenticationFailedException;
import jakarta.annotation.Priority;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * An EJB wraps a runtime exception it did not declare in an {@link EJBException}. The cause is
 * unwrapped: one of the API's own refusals (a JAX-RS status, rejected inputs, a denied role) is
 * answered by the mapper for its type, as if thrown directly; anything else (a JSON-B failure
 * included) happened inside the service, so it is a 500 with a correlation id and never read as a
 * bad request body. Ranked ahead of Jersey's own EJBException mapper, which would hand every cause
 * to the mapper for its type.
 */
@Provider
@Priority(Priorities.USER - 100)
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

  @Context
  Providers providers;

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Response toResponse(EJBException e) {
    Throwable cause = e;
    while (cause instanceof EJBException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (isRefusal(cause)) {
      ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
      if (mapper != null) {
        return mapper.toResponse(cause);
      }
    }
    return ServerErrors.toResponse(cause);
  }

  private static boolean isRefusal(Throwable cause) {
    return cause instanceof WebApplicationException || cause instanceof InvalidAssumptionsException
        || cause instanceof AccessDeniedException || cause instanceof AuthenticationFailedException;
  }
}
