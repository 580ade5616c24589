package com.valorivx.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a retention purge did, per tenant: entries deleted and the checkpoint that remains. */
public record AuditPurgeResult(Instant asOf, List<TenantPurge> tenants) {

  public AuditPurgeResult {
    tenants = List.copyOf(tenants);
  }

  public long purged() {
    return tenants.stream().mapToLong(TenantPurge::purged).sum();
  }

  /**
   * @param skipped why nothing was purged (legal hold), or null
   * @param checkpointSeq the last purged sequence number after this purge (0: never purged)
   */
  public record TenantPurge(UUID tenantId, int retentionDays, long purged, long checkpointSeq, String skipped) {
  }
}
