package com.valorivx.audit;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import com.valorivx.persistence.audit.AuditChain;
import com.valorivx.persistence.audit.AuditEntry;
import com.valorivx.persistence.audit.AuditRecord;
import com.valorivx.persistence.audit.AuditRepository;
import com.valorivx.persistence.common.TenantId;
import com.valorivx.persistence.tenant.TenantRepository;
import com.valorivx.valuation.RecordNotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The audit trail for administrators: list and filter a tenant's entries, verify its chain, read it
 * in batches for export, purge what retention allows, and set legal holds. A tenant's admin sees
 * its own tenant; an operator may name any tenant.
 */
@Stateless
public class AuditService {

  /** Largest page a listing hands out. */
  public static final int MAX_PAGE_SIZE = 100;

  /** Entries read per round trip when verifying or exporting. */
  public static final int BATCH_SIZE = 500;

  static final int MAX_REASON_LENGTH = 500;

  @Inject
  AuditRepository repository;

  @Inject
  AuditChains chains;

  @Inject
  AuditPurger purger;

  @Inject
  AuditKey key;

  @Inject
  TenantRepository tenants;

  /** A page of the tenant's entries, newest first. */
  public AuditPage list(Caller caller, String tenantId, String from, String to, String action, String actor,
      int page, int size) {
    TenantId tenant = tenantFor(caller, tenantId);
    Checks checks = Checks.start()
        .require(page >= 0, "page", "must not be negative")
        .require(size >= 1 && size <= MAX_PAGE_SIZE, "size", "must be between 1 and " + MAX_PAGE_SIZE)
        .require((long) page * size <= Integer.MAX_VALUE, "page", "is beyond the last possible page");
    Instant fromTime = AuditTimes.parse(checks, "from", from, false);
    Instant toTime = AuditTimes.parse(checks, "to", to, true);
    checks.throwIfAny();
    var found = repository.list(tenant, fromTime, toTime, blankToNull(action), blankToNull(actor), page, size);
    return new AuditPage(found.items().stream().map(AuditEntryView::of).toList(), page, size, found.total());
  }

  /**
   * Walks the tenant's chain from its start (or its signed purge checkpoint) to the head as it stood
   * when the walk began, batch by batch in sequence order, and reports the first entry whose link,
   * sequence number or HMAC does not hold.
   */
  public AuditVerification verify(Caller caller, String tenantId) {
    TenantId tenant = tenantFor(caller, tenantId);
    Optional<AuditChain> head = repository.findChain(tenant);
    if (head.isEmpty()) {
      return new AuditVerification(true, 0, null, null);
    }
    AuditChain chain = head.get();
    AuditHasher hasher = key.hasher();
    if (chain.getCheckpointSeq() > 0 && !hasher.checkpointMatches(tenant.value(), chain.getCheckpointSeq(),
        chain.getCheckpointHash(), chain.getCheckpointSignature())) {
      return new AuditVerification(false, 0, null, "the purge checkpoint's signature does not match");
    }
    long lastSeq = chain.getLastSeq();
    long expectedSeq = chain.getCheckpointSeq() + 1;
    String previous = chain.getCheckpointHash();
    long checked = 0;
    long after = chain.getCheckpointSeq();
    while (after < lastSeq) {
      List<AuditRecord> batch = repository.batchAfter(tenant, after, null, null, BATCH_SIZE);
      if (batch.isEmpty()) {
        break;
      }
      for (AuditRecord entry : batch) {
        if (entry.seq() > lastSeq) {
          break;
        }
        checked++;
        String problem = entry.seq() != expectedSeq ? "sequence " + expectedSeq + " is missing before it"
            : !entry.prevHash().equals(previous) ? "it does not link to the entry before it"
            : !hasher.matches(entry) ? "its content does not match its hash" : null;
        if (problem != null) {
          return new AuditVerification(false, checked, entry.id(), "entry " + entry.seq() + ": " + problem);
        }
        previous = entry.hash();
        expectedSeq++;
        after = entry.seq();
      }
    }
    if (expectedSeq - 1 != lastSeq || !previous.equals(chain.getLastHash())) {
      return new AuditVerification(false, checked, null,
          "the chain ends at sequence " + (expectedSeq - 1) + " but its head is at " + lastSeq);
    }
    return new AuditVerification(true, checked, null, null);
  }

  /**
   * Opens an export, which the boundaries then stream batch by batch ({@link #exportBatch}): checks
   * that the caller may read the tenant's trail ({@code tenantId}: its own when blank) and the
   * bounds, before anything is streamed (a bad one is a 400, not a broken stream), and records the
   * export, since a copy of the trail leaving the system is itself an event. Answers the tenant
   * whose entries will be exported.
   */
  @Audited("audit.export")
  public UUID startExport(Caller caller, String tenantId, String from, String to, String format) {
    UUID tenant = tenantFor(caller, tenantId).value();
    Checks checks = Checks.start();
    AuditTimes.parse(checks, "from", from, false);
    AuditTimes.parse(checks, "to", to, true);
    checks.throwIfAny();
    return tenant;
  }

  /**
   * Up to {@code limit} entries of the tenant after sequence number {@code afterSeq}, in chain order,
   * within [{@code from}, {@code to}): one batch of an export (keyset pagination).
   */
  public List<AuditEntryView> exportBatch(Caller caller, UUID tenantId, String from, String to, long afterSeq,
      int limit) {
    TenantId tenant = tenantFor(caller, tenantId.toString());
    Checks checks = Checks.start();
    Instant fromTime = AuditTimes.parse(checks, "from", from, false);
    Instant toTime = AuditTimes.parse(checks, "to", to, true);
    checks.throwIfAny();
    return repository.batchAfter(tenant, afterSeq, fromTime, toTime, Math.min(limit, BATCH_SIZE)).stream()
        .map(AuditEntryView::of).toList();
  }

  /**
   * Runs the retention purge now (operators only), for every tenant or for {@code tenantId} alone;
   * {@code asOf} (ISO-8601, default now) is the moment retention is measured from, so a later one
   * purges as that day would.
   */
  @Audited("audit.purge")
  public AuditPurgeResult purge(Caller caller, String asOf, String tenantId) {
    caller.requireAnyRole(Role.OPERATOR);
    Checks checks = Checks.start();
    Instant when = AuditTimes.parse(checks, "asOf", asOf, false);
    checks.throwIfAny();
    Instant at = when == null ? Instant.now() : when;
    if (tenantId == null || tenantId.isBlank()) {
      return purgeExpired(at);
    }
    return new AuditPurgeResult(at, List.of(purger.purge(tenantFor(caller, tenantId), at)));
  }

  /** The purge itself, for the daily schedule and for {@link #purge}. */
  public AuditPurgeResult purgeExpired(Instant asOf) {
    List<AuditPurgeResult.TenantPurge> done = new ArrayList<>();
    for (UUID tenant : repository.chainTenants()) {
      done.add(purger.purge(new TenantId(tenant), asOf));
    }
    return new AuditPurgeResult(asOf, done);
  }

  /** The tenant's legal hold as it stands. */
  public LegalHoldView tenantHold(Caller caller, String tenantId) {
    TenantId tenant = tenantFor(caller, tenantId);
    return repository.findChain(tenant)
        .map(c -> new LegalHoldView(tenant.value(), null, c.isLegalHold(), c.getLegalHoldReason()))
        .orElse(new LegalHoldView(tenant.value(), null, false, null));
  }

  /** Sets or releases the legal hold of a whole tenant (its operator, or the tenant's own admin). */
  @Audited("audit.legal-hold.tenant")
  public LegalHoldView setTenantHold(Caller caller, UUID tenantId, Boolean enabled, String reason) {
    TenantId tenant = tenantFor(caller, tenantId.toString());
    if (tenants.find(tenant.value()).isEmpty()) {
      throw new RecordNotFoundException("No tenant " + tenantId + ".");
    }
    String checkedReason = checkHold(enabled, reason);
    chains.ensure(tenant);
    AuditChain chain = repository.lockChain(tenant).orElseThrow();
    chain.hold(enabled, checkedReason);
    return new LegalHoldView(tenant.value(), null, chain.isLegalHold(), chain.getLegalHoldReason());
  }

  /** Sets or releases the legal hold of one entry (the entry's tenant admin, or an operator). */
  @Audited("audit.legal-hold.entry")
  public LegalHoldView setEntryHold(Caller caller, UUID entryId, Boolean enabled, String reason) {
    caller.requireAnyRole(Role.ADMIN, Role.OPERATOR);
    Optional<AuditEntry> found = caller.hasAnyRole(Role.OPERATOR) ? repository.findEntry(entryId)
        : repository.findEntry(caller.tenant(), entryId);
    AuditEntry entry = found.orElseThrow(() -> new RecordNotFoundException("No audit entry " + entryId + "."));
    String checkedReason = checkHold(enabled, reason);
    entry.hold(enabled, checkedReason);
    return new LegalHoldView(entry.getTenantId(), entry.getId(), enabled, checkedReason);
  }

  private static String checkHold(Boolean enabled, String reason) {
    String trimmed = reason == null ? null : reason.strip();
    Checks.start()
        .require(enabled != null, "enabled", "is required: true to set the hold, false to release it")
        .require(!Boolean.TRUE.equals(enabled) || (trimmed != null && !trimmed.isEmpty()), "reason",
            "is required when setting a hold")
        .require(trimmed == null || trimmed.length() <= MAX_REASON_LENGTH, "reason",
            "is longer than " + MAX_REASON_LENGTH + " characters")
        .throwIfAny();
    return trimmed == null || trimmed.isEmpty() ? null : trimmed;
  }

  /**
   * An admin's own tenant, or for an operator any tenant it names. Another tenant named by an admin
   * is not found (404), as if it did not exist: an id tells nothing about other tenants.
   */
  private static TenantId tenantFor(Caller caller, String tenantId) {
    caller.requireAnyRole(Role.ADMIN, Role.OPERATOR);
    if (tenantId == null || tenantId.isBlank()) {
      return caller.tenant();
    }
    TenantId named;
    try {
      named = TenantId.of(tenantId.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidAssumptionsException("tenantId", "must be a tenant id (UUID), was '" + tenantId + "'");
    }
    if (!named.equals(caller.tenant()) && !caller.hasAnyRole(Role.OPERATOR)) {
      throw new RecordNotFoundException("No tenant " + named + ".");
    }
    return named;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
