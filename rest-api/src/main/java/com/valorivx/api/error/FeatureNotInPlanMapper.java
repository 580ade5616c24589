package com.valorivx.api.error;

import com.valorivx.governance.FeatureNotInPlanException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The tenant's plan lacks the feature: 403 naming {@code feature} and {@code plan}. */
@Provider
public class FeatureNotInPlanMapper implements ExceptionMapper<FeatureNotInPlanException> {

  static final String TYPE = "https://valorivx.com/problems/feature-not-in-plan";

  @Override
  public Response toResponse(FeatureNotInPlanException e) {
    return ProblemExtensions.toResponse(Response.status(403), 403,
        ProblemExtensions.problem(TYPE, 403, e.getMessage()).add("feature", e.feature().name()).add("plan", e.plan()));
  }
}
