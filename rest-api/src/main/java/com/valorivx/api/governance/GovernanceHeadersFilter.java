package com.valorivx.api.governance;

import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.ProblemExtensions;
import com.valorivx.governance.Caller;
import com.valorivx.governance.QuotaStatus;
import com.valorivx.governance.RateLimiter;
import com.valorivx.governance.TokenBucket;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * API.md "Governance headers". Every authenticated call takes a token from its user's and its
 * tenant's bucket before anything else runs (an empty bucket is a 429 problem with
 * {@code Retry-After}), and every authenticated response carries {@code X-RateLimit-Limit},
 * {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset}; quota-counted responses add
 * {@code X-Quota-Name}, {@code X-Quota-Limit}, {@code X-Quota-Remaining} and {@code X-Quota-Reset}
 * as the service left them in {@link QuotaStatus}. Anonymous calls (sign-in, the billing webhook)
 * are not limited here.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 1)
public class GovernanceHeadersFilter implements ContainerRequestFilter, ContainerResponseFilter {

  static final String DECISION = GovernanceHeadersFilter.class.getName() + ".decision";
  static final String TYPE = "https://valorivx.com/problems/rate-limited";

  @Inject
  CurrentCaller current;

  @Inject
  RateLimiter limiter;

  @Inject
  QuotaStatus quota;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getSecurityContext() == null || request.getSecurityContext().getUserPrincipal() == null) {
      return;
    }
    Caller caller;
    try {
      caller = current.get();
    } catch (NotAuthorizedException noTenant) {
      return;
    }
    TokenBucket.Decision decision = limiter.acquire(caller);
    request.setProperty(DECISION, decision);
    if (!decision.allowed()) {
      Response.ResponseBuilder refused = Response.status(429).header("Retry-After", decision.retryAfterSeconds());
      request.abortWith(ProblemExtensions.toResponse(refused, 429, ProblemExtensions.problem(TYPE, 429,
          "the request rate of the plan (burst " + decision.limit() + ") is used up; retry in "
              + decision.retryAfterSeconds() + " s").add("retryAfter", decision.retryAfterSeconds())));
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, Object> headers = response.getHeaders();
    if (request.getProperty(DECISION) instanceof TokenBucket.Decision decision) {
      headers.putSingle("X-RateLimit-Limit", decision.limit());
      headers.putSingle("X-RateLimit-Remaining", decision.remaining());
      headers.putSingle("X-RateLimit-Reset", decision.resetSeconds());
    }
    if (quota.counted()) {
      headers.putSingle("X-Quota-Name", quota.quota().apiName());
      headers.putSingle("X-Quota-Limit", quota.limit());
      headers.putSingle("X-Quota-Remaining", quota.remaining());
      headers.putSingle("X-Quota-Reset", quota.resetSeconds());
    }
  }
}
