package com.valorivx.web.security;

import com.valorivx.governance.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in on {@code /login.xhtml}: the page's bean hands the credentials to the container,
 * which asks {@link ValorIdentityStore}. The login page is reached by redirect (not forward) so
 * Faces post-backs keep their own URL. The roles the pages require are declared here and in
 * {@code web.xml}; the identity store hands them out as groups of the same names.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.ADMIN, Role.ANALYST, Role.VIEWER, Role.OPERATOR})
@ApplicationScoped
public class SecurityConfiguration {
}
