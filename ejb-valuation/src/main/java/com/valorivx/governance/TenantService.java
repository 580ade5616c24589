package com.valorivx.governance;

import com.valorivx.audit.Audited;
import com.valorivx.engine.common.Checks;
import com.valorivx.persistence.tenant.RefreshTokenRepository;
import com.valorivx.persistence.tenant.Tenant;
import com.valorivx.persistence.tenant.TenantRepository;
import com.valorivx.valuation.RecordNotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Tenants, run by operators: create, list, suspend and reactivate. A caller who is not an
 * operator sees only its own tenant: any other id is answered as unknown (404), so ids of other
 * tenants reveal nothing; its own tenant is then refused by role (403).
 */
@Stateless
public class TenantService {

  public static final int MAX_NAME = 200;
  public static final int MAX_PAGE_SIZE = 100;

  @Inject
  TenantRepository tenants;

  @Inject
  RefreshTokenRepository refreshTokens;

  @Inject
  PlanService plans;

  /**
   * Creates an ACTIVE tenant named {@code name} on {@code plan}; 409 when the name is taken, 400
   * naming {@code plan} when it is not a plan (nothing is stored then).
   */
  @Audited("tenant.create")
  public TenantView create(Caller caller, String name, String plan) {
    caller.requireAnyRole(Role.OPERATOR);
    Checks.start()
        .require(name != null && !name.isBlank(), "name", "is required")
        .require(name == null || name.strip().length() <= MAX_NAME, "name", "must be at most " + MAX_NAME + " characters")
        .require(plan != null && !plan.isBlank(), "plan", "is required")
        .throwIfAny();
    String checkedName = name.strip();
    if (tenants.findByName(checkedName).isPresent()) {
      throw new AccountConflictException("A tenant named '" + checkedName + "' already exists.");
    }
    Tenant tenant = tenants.store(new Tenant(checkedName));
    return view(tenant, plans.assign(caller, tenant.getId(), plan).code());
  }

  /** Every tenant by name. */
  public TenantPage list(Caller caller, int page, int size) {
    caller.requireAnyRole(Role.OPERATOR);
    checkPage(page, size);
    var found = tenants.list(page, size);
    Map<UUID, String> planCodes = plans.planCodesOf(found.items().stream().map(Tenant::getId).toList());
    return new TenantPage(found.items().stream().map(t -> view(t, planCodes.get(t.getId()))).toList(),
        page, size, found.total());
  }

  /** The tenant, if the caller may see it (operators: every tenant; others: their own). */
  public TenantView find(Caller caller, UUID id) {
    return view(visible(caller, id));
  }

  /**
   * Suspends the tenant: its users can no longer sign in or refresh, their refresh tokens are
   * revoked and access tokens they still hold stop working at their next call.
   */
  @Audited("tenant.suspend")
  public TenantView suspend(Caller caller, UUID id) {
    Tenant tenant = visible(caller, id);
    caller.requireAnyRole(Role.OPERATOR);
    if (tenant.getId().equals(caller.tenant().value())) {
      throw new AccountConflictException("You cannot suspend your own tenant.");
    }
    tenant.suspend();
    refreshTokens.revokeAllOfTenant(tenant.getId(), Instant.now());
    return view(tenant);
  }

  /** Reactivates a suspended tenant: its users can sign in again. */
  @Audited("tenant.reactivate")
  public TenantView reactivate(Caller caller, UUID id) {
    Tenant tenant = visible(caller, id);
    caller.requireAnyRole(Role.OPERATOR);
    tenant.reactivate();
    return view(tenant);
  }

  private Tenant visible(Caller caller, UUID id) {
    boolean maySee = caller.hasAnyRole(Role.OPERATOR) || caller.tenant().value().equals(id);
    return tenants.find(id).filter(t -> maySee)
        .orElseThrow(() -> new RecordNotFoundException("No tenant " + id + "."));
  }

  static void checkPage(int page, int size) {
    Checks.start()
        .require(page >= 0, "page", "must not be negative")
        .require(size >= 1 && size <= MAX_PAGE_SIZE, "size", "must be between 1 and " + MAX_PAGE_SIZE)
        .require((long) page * size <= Integer.MAX_VALUE, "page", "is beyond the last possible page")
        .throwIfAny();
  }

  private TenantView view(Tenant tenant) {
    return view(tenant, plans.planOf(tenant.getId()).code());
  }

  static TenantView view(Tenant tenant, String plan) {
    return new TenantView(tenant.getId(), tenant.getName(), tenant.getStatus().name(), plan, tenant.getCreatedAt());
  }
}
