package com.valorivx.api.trace;

import com.valorivx.audit.AccessLog;
import com.valorivx.audit.RequestContext;
import jakarta.json.JsonString;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Gives every API response an {@code X-Request-ID} (the caller's own when valid, else a new UUID),
 * holds request id, tenant and user in the {@link RequestContext} while the request runs (the audit
 * trail reads them), and writes one access line when it ends. Also runs on error dispatches, which
 * answer requests the container refused before any filter (a bad bearer token).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class RequestIdFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (RequestContext.current().isPresent()) {
      // An error dispatch inside a request this filter already holds.
      chain.doFilter(request, response);
      return;
    }
    long start = System.nanoTime();
    String given = response.getHeader(RequestContext.HEADER);
    String requestId = given != null ? given : RequestContext.requestIdFrom(request.getHeader(RequestContext.HEADER));
    response.setHeader(RequestContext.HEADER, requestId);
    Principal principal = request.getUserPrincipal();
    String tenant = principal instanceof JsonWebToken token ? claimText(token.getClaim("tenant")) : null;
    String user = principal == null ? null : principal.getName();
    RequestContext.open(requestId, tenant, user);
    try {
      chain.doFilter(request, response);
    } finally {
      // The resource may have named the caller after this filter started (see CurrentCaller).
      RequestContext.Current seen = RequestContext.current().orElse(new RequestContext.Current(requestId, tenant, user));
      RequestContext.clear();
      String path = request.getDispatcherType() == DispatcherType.ERROR
          ? String.valueOf(request.getAttribute("jakarta.servlet.error.request_uri")) : request.getRequestURI();
      AccessLog.log(request.getMethod(), path, response.getStatus(), (System.nanoTime() - start) / 1_000_000,
          seen.tenantId(), seen.username(), requestId);
    }
  }

  private static String claimText(Object claim) {
    if (claim instanceof JsonString text) {
      return text.getString();
    }
    return claim == null ? null : claim.toString();
  }
}
