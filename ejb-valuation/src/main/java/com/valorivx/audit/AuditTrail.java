package com.valorivx.audit;

import com.valorivx.persistence.audit.AuditChain;
import com.valorivx.persistence.audit.AuditRecord;
import com.valorivx.persistence.audit.AuditRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Appends to a tenant's hash chain. The chain head is locked while appending (SELECT ... FOR
 * UPDATE), so concurrent appends queue up behind each other instead of forking the chain.
 */
@Stateless
public class AuditTrail {

  /** Marks a transaction that holds a chain head lock. */
  static final String LOCK_HELD = AuditTrail.class.getName() + ".lockHeld";

  @Inject
  AuditRepository repository;

  @Inject
  AuditChains chains;

  @Inject
  AuditKey key;

  @Resource
  TransactionSynchronizationRegistry transactions;

  /** Appends in the caller's transaction (rolled back with it); in one of its own when the caller has none. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public UUID append(AuditEvent event) {
    return doAppend(event);
  }

  /** Appends in a new transaction, which commits whatever becomes of the caller's (a refusal survives its rollback). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public UUID appendInNewTransaction(AuditEvent event) {
    return doAppend(event);
  }

  private UUID doAppend(AuditEvent event) {
    AuditChain chain = repository.lockChain(event.tenant()).orElseGet(() -> {
      try {
        chains.ensure(event.tenant());
      } catch (RuntimeException concurrentCreation) {
        // Another append created the head at the same moment; it exists now, which is all we need.
      }
      return repository.lockChain(event.tenant()).orElseThrow();
    });
    transactions.putResource(LOCK_HELD, Boolean.TRUE);
    long seq = chain.getLastSeq() + 1;
    UUID id = UUID.randomUUID();
    AuditRecord unsigned = new AuditRecord(id, event.tenant().value(), seq,
        Instant.now().truncatedTo(ChronoUnit.MICROS), limit(event.actor(), 200), limit(event.action(), 100),
        limit(event.target(), 200), limit(event.requestId(), 128), event.outcome(), event.detailsJson(),
        chain.getLastHash(), null, false, null);
    String hash = key.hasher().hash(unsigned);
    repository.append(new AuditRecord(id, unsigned.tenantId(), seq, unsigned.occurredAt(), unsigned.actor(),
        unsigned.action(), unsigned.target(), unsigned.requestId(), unsigned.outcome(), unsigned.detailsJson(),
        unsigned.prevHash(), hash, false, null));
    chain.advance(seq, hash);
    return id;
  }

  private static String limit(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
