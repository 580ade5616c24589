package com.valorivx.api.error;

import com.valorivx.governance.Quota;
import com.valorivx.governance.QuotaExceededException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A quota of the plan is used up: 429 naming {@code quota} and its {@code limit}; {@code Retry-After}
 * is the time to the monthly reset (none for seats, which free up only when users are removed). The
 * {@code X-Quota-*} headers come from the response filter.
 */
@Provider
public class QuotaExceededMapper implements ExceptionMapper<QuotaExceededException> {

  static final String TYPE = "https://valorivx.com/problems/quota-exceeded";

  @Override
  public Response toResponse(QuotaExceededException e) {
    Response.ResponseBuilder builder = Response.status(429);
    if (e.quota() != Quota.SEATS) {
      builder.header("Retry-After", e.resetSeconds());
    }
    return ProblemExtensions.toResponse(builder, 429, ProblemExtensions.problem(TYPE, 429, e.getMessage())
        .add("quota", e.quota().apiName()).add("limit", e.limit()));
  }
}
