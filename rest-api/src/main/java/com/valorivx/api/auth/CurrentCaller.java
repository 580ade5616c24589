package com.valorivx.api.auth;

import com.valorivx.audit.RequestContext;
import com.valorivx.governance.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller a verified access token stands for: tenant from the {@code tenant} claim, username
 * from {@code upn} (else {@code sub}), roles from {@code groups}. The tenant is never taken from
 * anything but the signed token.
 */
@RequestScoped
public class CurrentCaller {

  static final String TENANT_CLAIM = "tenant";

  @Inject
  JsonWebToken token;

  /** The caller; a 401 when the request carries no usable token. */
  public Caller get() {
    String tenant = claimText(token.getClaim(TENANT_CLAIM));
    String username = token.getName();
    if (tenant == null || username == null) {
      throw new NotAuthorizedException("the access token names no tenant or user", "Bearer");
    }
    Set<String> groups = token.getGroups();
    RequestContext.identify(tenant, username);
    return Caller.of(tenant, username, groups == null ? Set.of() : groups);
  }

  private static String claimText(Object claim) {
    if (claim instanceof JsonString text) {
      return text.getString();
    }
    return claim == null ? null : claim.toString();
  }
}
