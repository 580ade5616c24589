package com.valorivx.web.security;

import com.valorivx.web.faces.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The sign-in form: hands the credentials to the container, then continues where the user was headed. */
@Named
@RequestScoped
public class LoginBacking {

  /** Never says which of the two was wrong. */
  static final String REJECTED = "Invalid username or password";

  @Inject
  SecurityContext security;

  @Inject
  FacesContext faces;

  @Inject
  ExternalContext external;

  @Inject
  SignInRefusal refusal;

  private String username;
  private String password;

  /** Signs in; a wrong username or password leaves the same message either way. */
  public void signIn() throws IOException {
    AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
        (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams().newAuthentication(true)
            .credential(new UsernamePasswordCredential(username, new Password(password == null ? "" : password))));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> external.redirect(external.getRequestContextPath() + "/index.xhtml");
      default -> Messages.error(refusal.getLockedSeconds() > 0 ? locked(refusal.getLockedSeconds()) : REJECTED);
    }
  }

  /** The lock message; the same for every username, known or not. */
  static String locked(long seconds) {
    long minutes = Math.max(1, (seconds + 59) / 60);
    return "Too many failed sign-ins. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
  }

  /** Ends the session and returns to the sign-in page. */
  public void signOut() throws IOException, ServletException {
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
