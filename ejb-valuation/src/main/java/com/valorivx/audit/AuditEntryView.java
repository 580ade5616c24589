package com.valorivx.audit;

import com.valorivx.persistence.audit.AuditRecord;
import java.time.Instant;
import java.util.UUID;

/** An audit entry as the boundaries show it. */
public record AuditEntryView(UUID id, UUID tenantId, long seq, Instant occurredAt, String actor, String action,
    String target, String requestId, String outcome, String detailsJson, String prevHash, String hash,
    boolean legalHold, String legalHoldReason) {

  static AuditEntryView of(AuditRecord r) {
    return new AuditEntryView(r.id(), r.tenantId(), r.seq(), r.occurredAt(), r.actor(), r.action(), r.target(),
        r.requestId(), r.outcome(), r.detailsJson(), r.prevHash(), r.hash(), r.legalHold(), r.legalHoldReason());
  }
}
