package com.valorivx.api.error;

import com.valorivx.engine.common.ModelNotSolvableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Well-formed inputs the model cannot solve (e.g. flows with no rate of return): 422 naming the field. */
@Provider
public class ModelNotSolvableMapper implements ExceptionMapper<ModelNotSolvableException> {

  static final String NOT_SOLVABLE_TYPE = "https://valorivx.com/problems/not-solvable";

  @Override
  public Response toResponse(ModelNotSolvableException e) {
    return new Problem(NOT_SOLVABLE_TYPE, "Model cannot be solved", 422, e.getMessage(), null, List.of(e.error()),
        null).toResponse();
  }
}
