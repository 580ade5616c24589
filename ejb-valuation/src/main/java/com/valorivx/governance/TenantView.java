package com.valorivx.governance;

import java.time.Instant;
import java.util.UUID;

/**
 * A tenant as the administration screens and API show it; {@code status} is ACTIVE or SUSPENDED,
 * {@code plan} the plan it was created with (null where plans are not known here).
 */
public record TenantView(UUID id, String name, String status, String plan, Instant createdAt) {
}
