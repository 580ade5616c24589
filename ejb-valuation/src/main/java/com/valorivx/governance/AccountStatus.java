package com.valorivx.governance;

import com.valorivx.persistence.common.TenantId;
import com.valorivx.persistence.tenant.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an access token's user may still act, asked on every authenticated API call so that
 * disabling a user, suspending a tenant or changing a role takes effect at once rather than when
 * the token expires (up to 30 minutes later).
 *
 * <p>Cost: one indexed read per call (the unique username index, then the tenant's primary key and
 * the user's role rows), with no transaction started. It is deliberately not cached: a cache on one
 * node would not hear of a change made on another, and the read is small beside a model run.
 */
@Stateless
public class AccountStatus {

  @Inject
  UserRepository users;

  /** The user's current roles when the user is enabled and its tenant active; empty otherwise. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Set<String>> activeRoles(String tenantId, String username) {
    TenantId tenant;
    try {
      tenant = TenantId.of(tenantId);
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
    return users.activeRoles(tenant.value(), username);
  }
}
