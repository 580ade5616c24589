package com.valorivx.governance;

import com.valorivx.persistence.common.TenantId;
import java.util.Objects;
import java.util.Set;

/**
 * The authenticated caller as the boundaries know it (token claims, or the signed-in screen
 * user): tenant, username and roles. The tenant always comes from the identity, never from an
 * unauthenticated header.
 */
public record Caller(TenantId tenant, String username, Set<String> roles) {

  public Caller {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(username, "username");
    roles = Set.copyOf(roles);
  }

  /** For the boundaries, which speak in strings and never touch persistence types. */
  public static Caller of(String tenantId, String username, Set<String> roles) {
    return new Caller(TenantId.of(tenantId), username, roles);
  }

  public String tenantId() {
    return tenant.toString();
  }

  public boolean hasAnyRole(String... wanted) {
    for (String role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }

  /** Throws {@link AccessDeniedException} unless the caller holds one of {@code wanted}. */
  public void requireAnyRole(String... wanted) {
    if (!hasAnyRole(wanted)) {
      throw new AccessDeniedException("requires one of the roles " + String.join(", ", wanted));
    }
  }
}
