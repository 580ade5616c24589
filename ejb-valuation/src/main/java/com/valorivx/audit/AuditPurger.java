package com.valorivx.audit;

import com.valorivx.persistence.audit.AuditChain;
import com.valorivx.persistence.audit.AuditRecord;
import com.valorivx.persistence.audit.AuditRepository;
import com.valorivx.persistence.common.TenantId;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Purges one tenant's expired entries, each tenant in a transaction of its own. The rule: only a
 * prefix of the chain is ever deleted, from its start up to (not including) the first entry that is
 * younger than the retention period or under legal hold; a tenant under legal hold keeps everything.
 * So a held entry also keeps every later entry, and the remaining chain stays contiguous. The last
 * purged entry's sequence number and hash are kept as an HMAC-signed checkpoint, from which
 * verification continues.
 */
@Stateless
public class AuditPurger {

  @Inject
  AuditRepository repository;

  @Inject
  AuditRetentionPolicy retention;

  @Inject
  AuditKey key;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public AuditPurgeResult.TenantPurge purge(TenantId tenant, Instant asOf) {
    int days = retention.daysFor(tenant);
    Optional<AuditChain> locked = repository.lockChain(tenant);
    if (locked.isEmpty()) {
      return new AuditPurgeResult.TenantPurge(tenant.value(), days, 0, 0, null);
    }
    AuditChain chain = locked.get();
    if (chain.isLegalHold()) {
      return new AuditPurgeResult.TenantPurge(tenant.value(), days, 0, chain.getCheckpointSeq(),
          "tenant under legal hold");
    }
    Instant cutoff = asOf.minus(Duration.ofDays(days));
    long upTo = repository.firstSeqAtOrAfter(tenant, cutoff).map(seq -> seq - 1).orElse(chain.getLastSeq());
    Optional<Long> held = repository.firstHeldSeq(tenant);
    String skipped = null;
    if (held.isPresent() && held.get() <= upTo) {
      upTo = held.get() - 1;
      skipped = "stopped before entry " + held.get() + ", under legal hold";
    }
    if (upTo <= chain.getCheckpointSeq()) {
      return new AuditPurgeResult.TenantPurge(tenant.value(), days, 0, chain.getCheckpointSeq(), skipped);
    }
    AuditRecord last = repository.bySeq(tenant, upTo).orElseThrow(() -> new IllegalStateException(
        "audit entry " + "is missing from the chain of tenant " + tenant));
    int purged = repository.deleteUpTo(tenant, last.seq());
    chain.checkpoint(last.seq(), last.hash(), key.hasher().signCheckpoint(tenant.value(), last.seq(), last.hash()),
        Instant.now());
    return new AuditPurgeResult.TenantPurge(tenant.value(), days, purged, last.seq(), skipped);
  }
}
