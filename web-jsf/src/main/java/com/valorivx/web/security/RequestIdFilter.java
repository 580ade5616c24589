package com.valorivx.web.security;

import com.valorivx.audit.AccessLog;
import com.valorivx.audit.RequestContext;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives every response of the screens an {@code X-Request-ID} (the caller's own when valid, else a
 * new UUID) and holds request id, tenant and user in the {@link RequestContext} while the request
 * runs, so what a screen changes is audited under its request id. Cleared when the request ends,
 * then the request gets its {@link AccessLog} line like an API call; page resources (scripts, styles,
 * images) get none.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class RequestIdFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Where Faces serves page resources. */
  static final String RESOURCES = "/jakarta.faces.resource/";

  @Inject
  transient SignedInUser user;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (RequestContext.current().isPresent()) {
      chain.doFilter(request, response);
      return;
    }
    String given = response.getHeader(RequestContext.HEADER);
    String requestId = given != null ? given : RequestContext.requestIdFrom(request.getHeader(RequestContext.HEADER));
    response.setHeader(RequestContext.HEADER, requestId);
    long start = System.nanoTime();
    boolean signedIn = signedIn(request);
    RequestContext.open(requestId, signedIn ? user.getTenantId() : null, signedIn ? user.getUsername() : null);
    boolean failed = false;
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      failed = true;
      throw e;
    } finally {
      RequestContext.clear();
      if (logged(request)) {
        // Signed in or out by this very request: the line names who the request ended as.
        boolean signedInNow = signedIn(request);
        AccessLog.log(request.getMethod(), request.getRequestURI(), failed ? 500 : response.getStatus(),
            (System.nanoTime() - start) / 1_000_000, signedInNow ? user.getTenantId() : null,
            signedInNow ? user.getUsername() : null, requestId);
      }
    }
  }

  /** One line per request: not for page resources, nor for the error page the request then showed. */
  private static boolean logged(HttpServletRequest request) {
    return request.getDispatcherType() == DispatcherType.REQUEST
        && !request.getRequestURI().startsWith(request.getContextPath() + RESOURCES);
  }

  /** Only a request with a session can have a signed-in user; asking otherwise would create a session. */
  private boolean signedIn(HttpServletRequest request) {
    return request.getSession(false) != null && user.isSignedIn();
  }
}
