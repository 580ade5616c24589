package com.valorivx.api.error;

import com.valorivx.billing.InvalidSignatureException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A webhook delivery whose {@code X-Valor-Signature} does not verify: 401. */
@Provider
public class InvalidSignatureMapper implements ExceptionMapper<InvalidSignatureException> {

  @Override
  public Response toResponse(InvalidSignatureException e) {
    return Problem.ofStatus(401, e.getMessage()).toResponse();
  }
}
