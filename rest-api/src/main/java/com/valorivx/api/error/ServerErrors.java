package com.valorivx.api.error;

import com.valorivx.audit.RequestContext;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns a failure the caller cannot fix into a 500 that carries only a correlation id; the stack
 * trace goes to the server log under the same id, never to the caller.
 */
final class ServerErrors {

  private static final Logger LOG = Logger.getLogger(ServerErrors.class.getName());

  private ServerErrors() {
  }

  static Response toResponse(Throwable cause) {
    // The request id is the correlation id: the caller already holds it (X-Request-ID).
    String correlationId = RequestContext.requestId().orElseGet(() -> UUID.randomUUID().toString());
    LOG.log(Level.SEVERE, cause, () -> "Unexpected failure, correlation id " + correlationId);
    return Problem.serverError(correlationId).toResponse();
  }
}
