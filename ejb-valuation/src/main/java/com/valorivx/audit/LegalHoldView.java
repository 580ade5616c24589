package com.valorivx.audit;

import java.util.UUID;

/** A legal hold as it now stands, on a tenant ({@code entryId} null) or on one entry. */
public record LegalHoldView(UUID tenantId, UUID entryId, boolean enabled, String reason) {
}
