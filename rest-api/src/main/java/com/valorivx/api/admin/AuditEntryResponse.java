package com.valorivx.api.admin;

import com.valorivx.audit.AuditEntryView;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;

/** One audit entry; {@code details} is the redacted JSON the trail stored. */
public record AuditEntryResponse(UUID id, UUID tenantId, long seq, Instant occurredAt, String actor, String action,
    String target, String requestId, String outcome, JsonValue details, String prevHash, String hash,
    boolean legalHold, String legalHoldReason) {

  static AuditEntryResponse of(AuditEntryView e) {
    JsonValue details;
    try (var reader = Json.createReader(new StringReader(e.detailsJson()))) {
      details = reader.readValue();
    }
    return new AuditEntryResponse(e.id(), e.tenantId(), e.seq(), e.occurredAt(), e.actor(), e.action(), e.target(),
        e.requestId(), e.outcome(), details, e.prevHash(), e.hash(), e.legalHold(), e.legalHoldReason());
  }
}
