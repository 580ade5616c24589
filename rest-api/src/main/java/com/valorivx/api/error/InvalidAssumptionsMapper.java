package com.valorivx.api.error;

import com.valorivx.engine.common.InvalidAssumptionsException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Rejected inputs: 400 with every offending field in {@code errors}. */
@Provider
public class InvalidAssumptionsMapper implements ExceptionMapper<InvalidAssumptionsException> {

  @Override
  public Response toResponse(InvalidAssumptionsException e) {
    return Problem.invalid(e.getMessage(), e.errors()).toResponse();
  }
}
