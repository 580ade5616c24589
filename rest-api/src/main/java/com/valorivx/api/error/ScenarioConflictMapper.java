package com.valorivx.api.error;

import com.valorivx.valuation.ScenarioConflictException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A stale scenario version or a taken scenario name: 409, nothing changed. */
@Provider
public class ScenarioConflictMapper implements ExceptionMapper<ScenarioConflictException> {

  @Override
  public Response toResponse(ScenarioConflictException e) {
    return Problem.ofStatus(409, e.getMessage()).toResponse();
  }
}
