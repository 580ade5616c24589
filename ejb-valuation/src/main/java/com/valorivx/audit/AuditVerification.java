package com.valorivx.audit;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.UUID;

/**
 * The result of walking a tenant's chain: valid when every entry links to its predecessor (or to
 * the signed purge checkpoint) and its hash is the HMAC of its content. {@code firstBrokenEntryId}
 * names the first entry that fails, null when valid or when what failed is not an entry (the
 * checkpoint's signature, or the chain head no longer matching the last entry: entries deleted at
 * the end); {@code problem} says what failed.
 */
@JsonbNillable
public record AuditVerification(boolean valid, long entriesChecked, UUID firstBrokenEntryId, String problem) {
}
