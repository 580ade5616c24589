package com.valorivx.web.security;

import com.valorivx.governance.Role;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form sign-in on {@code /login.xhtml}, the way {@code @CustomFormAuthenticationMechanismDefinition}
 * does it: the login page's bean hands the credentials to the container
 * ({@code SecurityContext.authenticate}), they are checked by {@link ValorIdentityStore}, the
 * session keeps the authentication, and a protected page redirects (not forwards) to the login
 * page so Faces post-backs keep their own URL.
 *
 * <p>Written out as a bean rather than declared with the annotation because in the one EAR the
 * annotation's mechanism and the REST WAR's MP-JWT mechanism are both deployment-wide beans, and
 * each WAR then finds two mechanisms (WELD-001318, every request fails). This class is visible to
 * this WAR only, and as a prioritised alternative it wins over the JWT mechanism here. A Faces
 * ajax request from an expired session is sent back to its page ({@link FacesAjaxLoginInterceptor}).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
@AutoApplySession
@FacesAjaxAware
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
@DeclareRoles({Role.ADMIN, Role.ANALYST, Role.VIEWER, Role.OPERATOR})
public class FormLoginMechanism implements HttpAuthenticationMechanism {

  @Inject
  IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
      HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential == null) {
      return context.doNothing();
    }
    return context.notifyContainerAboutLogin(identityStores.validate(credential));
  }
}
