package com.valorivx.persistence.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * An audit entry as read for listing, verification and export: a plain value, so reading a long
 * range batch by batch never fills a persistence context.
 */
public record AuditRecord(UUID id, UUID tenantId, long seq, Instant occurredAt, String actor, String action,
    String target, String requestId, String outcome, String detailsJson, String prevHash, String hash,
    boolean legalHold, String legalHoldReason) {
}
