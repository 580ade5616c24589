package com.valorivx.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A billing event as the payment provider sent it; {@code tenantId} may be null (not tied to a tenant). */
public record BillingEvent(String id, String type, UUID tenantId, BigDecimal amount, String currency,
    Instant occurredAt) {
}
