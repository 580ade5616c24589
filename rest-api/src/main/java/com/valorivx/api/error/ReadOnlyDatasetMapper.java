package com.valorivx.api.error;

import com.valorivx.market.ReadOnlyDatasetException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A change to the built-in sample data: 409, nothing changed. */
@Provider
public class ReadOnlyDatasetMapper implements ExceptionMapper<ReadOnlyDatasetException> {

  @Override
  public Response toResponse(ReadOnlyDatasetException e) {
    return Problem.ofStatus(409, e.getMessage()).toResponse();
  }
}
