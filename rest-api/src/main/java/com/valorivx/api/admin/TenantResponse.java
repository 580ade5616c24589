package com.valorivx.api.admin;

import com.valorivx.governance.TenantView;
import java.time.Instant;
import java.util.UUID;

/** A tenant: {@code status} ACTIVE or SUSPENDED; {@code plan} as requested on creation. */
public record TenantResponse(UUID id, String name, String status, String plan, Instant createdAt) {

  static TenantResponse of(TenantView tenant) {
    return new TenantResponse(tenant.id(), tenant.name(), tenant.status(), tenant.plan(), tenant.createdAt());
  }
}
