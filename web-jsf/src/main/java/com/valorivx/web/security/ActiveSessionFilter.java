package com.valorivx.web.security;

import com.valorivx.governance.AccountStatus;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Ends a screen session whose user has since been disabled, whose tenant has been suspended, or
 * whose roles have changed, at its next page or ajax request, as the API does for access tokens.
 * One indexed read per page request ({@link AccountStatus}); static resources are not checked.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class ActiveSessionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject
  AccountStatus accounts;

  @Inject
  SignedInUser user;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    if (session != null && user.isSignedIn()) {
      Optional<Set<String>> roles = accounts.activeRoles(user.getTenantId(), user.getUsername());
      if (roles.isEmpty() || !roles.get().equals(user.getRoles())) {
        request.logout();
        session.invalidate();
        redirect(request, response, request.getContextPath() + "/login.xhtml");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** A plain redirect, or for a Faces ajax request the partial response that makes the page follow it. */
  private static void redirect(HttpServletRequest request, HttpServletResponse response, String url)
      throws IOException {
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
          + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>");
      return;
    }
    response.sendRedirect(url);
  }
}
