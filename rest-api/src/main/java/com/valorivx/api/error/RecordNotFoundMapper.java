package com.valorivx.api.error;

import com.valorivx.valuation.RecordNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** No such scenario or run in the caller's tenant: 404. */
@Provider
public class RecordNotFoundMapper implements ExceptionMapper<RecordNotFoundException> {

  @Override
  public Response toResponse(RecordNotFoundException e) {
    return Problem.ofStatus(404, e.getMessage()).toResponse();
  }
}
