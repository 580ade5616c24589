package com.valorivx.web.security;

import com.valorivx.audit.RequestContext;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A Faces ajax request without a signed-in user (the session expired while the page was open)
 * would be redirected to the login page inside XMLHttpRequest, which Faces cannot use: nothing
 * happens on the page. This answers such a request with a Faces partial-response redirect to the
 * page itself instead, so the browser loads it, is sent to sign in, and returns to it afterwards.
 *
 * <p>It must run after the session's own authentication ({@code @AutoApplySession}, platform
 * priority + 200) and before {@code @LoginToContinue} (platform priority + 220).
 */
@FacesAjaxAware
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 210)
public class FacesAjaxLoginInterceptor {

  @AroundInvoke
  public Object redirectAjaxToPage(InvocationContext invocation) throws Exception {
    if (!"validateRequest".equals(invocation.getMethod().getName()) || invocation.getParameters().length != 3) {
      return invocation.proceed();
    }
    HttpServletRequest request = (HttpServletRequest) invocation.getParameters()[0];
    // Runs before any filter and before @LoginToContinue: what the security layer answers by itself
    // (the redirect to the sign-in page) carries the request id too; RequestIdFilter keeps the same id.
    HttpServletResponse answer = (HttpServletResponse) invocation.getParameters()[1];
    if (answer.getHeader(RequestContext.HEADER) == null) {
      answer.setHeader(RequestContext.HEADER, RequestContext.requestIdFrom(request.getHeader(RequestContext.HEADER)));
    }
    HttpMessageContext context = (HttpMessageContext) invocation.getParameters()[2];
    boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"));
    if (ajax && context.isProtected() && context.getAuthParameters().getCredential() == null
        && request.getUserPrincipal() == null) {
      return partialRedirect((HttpServletResponse) invocation.getParameters()[1], request.getRequestURI());
    }
    return invocation.proceed();
  }

  private static AuthenticationStatus partialRedirect(HttpServletResponse response, String url) throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/xml");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String escaped = url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
        + escaped + "\"/></partial-response>");
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
