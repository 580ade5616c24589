package com.valorivx.web.security;

import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;

/**
 * The caller signed in to this session: tenant, username and roles, as the services want them.
 * Filled by {@link ValorIdentityStore} when the credentials are accepted; the tenant therefore
 * always comes from the authenticated identity.
 */
@Named
@SessionScoped
public class SignedInUser implements Serializable {

  private static final long serialVersionUID = 1L;

  private String tenantId;
  private String username;
  private Set<String> roles = Set.of();

  void signIn(Caller caller) {
    this.tenantId = caller.tenantId();
    this.username = caller.username();
    this.roles = Set.copyOf(caller.roles());
  }

  /** The caller to hand to the services; throws when nobody signed in to this session. */
  public Caller caller() {
    if (username == null) {
      throw new IllegalStateException("nobody is signed in to this session");
    }
    return Caller.of(tenantId, username, roles);
  }

  public boolean isSignedIn() {
    return username != null;
  }

  public String getUsername() {
    return username;
  }

  public String getTenantId() {
    return tenantId;
  }

  /** The first block of the tenant id, enough to tell tenants apart in the header. */
  public String getTenantShortId() {
    return tenantId == null ? "" : tenantId.split("-", 2)[0];
  }

  public Set<String> getRoles() {
    return roles;
  }

  /** Whether the user holds at least one of {@code wanted}; an empty set means anybody signed in. */
  public boolean hasAnyRole(Set<String> wanted) {
    return wanted.isEmpty() || wanted.stream().anyMatch(roles::contains);
  }

  /**
   * Whether the pages offer the run buttons. Only an affordance: the services decide, and refuse a
   * viewer whatever the page shows.
   */
  public boolean isAllowedToRunModels() {
    return roles.contains(Role.ADMIN) || roles.contains(Role.ANALYST);
  }
}
