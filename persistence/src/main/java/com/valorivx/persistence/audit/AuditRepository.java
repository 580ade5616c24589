package com.valorivx.persistence.audit;

import com.valorivx.persistence.common.Page;
import com.valorivx.persistence.common.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Audit entries and chain heads; every query names the tenant. */
@ApplicationScoped
public class AuditRepository {

  private static final String RECORD = "select new com.valorivx.persistence.audit.AuditRecord(e.id, e.tenantId,"
      + " e.seq, e.occurredAt, e.actor, e.action, e.target, e.requestId, e.outcome, e.detailsJson, e.prevHash,"
      + " e.hash, e.legalHold, e.legalHoldReason) from AuditEntry e";

  @PersistenceContext(unitName = "valor")
  EntityManager em;

  /** The tenant's chain head, locked (SELECT ... FOR UPDATE) until the transaction ends. */
  public Optional<AuditChain> lockChain(TenantId tenant) {
    return Optional.ofNullable(em.find(AuditChain.class, tenant.value(), LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<AuditChain> findChain(TenantId tenant) {
    return Optional.ofNullable(em.find(AuditChain.class, tenant.value()));
  }

  /** Creates the tenant's chain head and writes it now (a concurrent creation fails here, as a unique violation). */
  public AuditChain createChain(TenantId tenant) {
    AuditChain chain = new AuditChain(tenant.value());
    em.persist(chain);
    em.flush();
    return chain;
  }

  /** Every tenant that has a chain. */
  public List<UUID> chainTenants() {
    return em.createQuery("select c.tenantId from AuditChain c order by c.tenantId", UUID.class).getResultList();
  }

  public void append(AuditRecord record) {
    em.persist(new AuditEntry(record));
  }

  public Optional<AuditEntry> findEntry(TenantId tenant, UUID id) {
    return em.createQuery("select e from AuditEntry e where e.tenantId = :tenant and e.id = :id", AuditEntry.class)
        .setParameter("tenant", tenant.value())
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** Any tenant's entry, for operators. */
  public Optional<AuditEntry> findEntry(UUID id) {
    return Optional.ofNullable(em.find(AuditEntry.class, id));
  }

  /** A page of the tenant's entries, newest first; null filters match everything; {@code to} is exclusive. */
  public Page<AuditRecord> list(TenantId tenant, Instant from, Instant to, String action, String actor, int page,
      int size) {
    StringBuilder filter = new StringBuilder(" where e.tenantId = :tenant");
    if (from != null) {
      filter.append(" and e.occurredAt >= :from");
    }
    if (to != null) {
      filter.append(" and e.occurredAt < :to");
    }
    if (action != null) {
      filter.append(" and e.action = :action");
    }
    if (actor != null) {
      filter.append(" and e.actor = :actor");
    }
    TypedQuery<AuditRecord> items = em.createQuery(RECORD + filter + " order by e.seq desc", AuditRecord.class);
    TypedQuery<Long> count = em.createQuery("select count(e) from AuditEntry e" + filter, Long.class);
    for (TypedQuery<?> query : List.of(items, count)) {
      query.setParameter("tenant", tenant.value());
      if (from != null) {
        query.setParameter("from", from);
      }
      if (to != null) {
        query.setParameter("to", to);
      }
      if (action != null) {
        query.setParameter("action", action);
      }
      if (actor != null) {
        query.setParameter("actor", actor);
      }
    }
    return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
        count.getSingleResult());
  }

  /**
   * Keyset pagination: up to {@code limit} of the tenant's entries with a sequence number above
   * {@code afterSeq}, in chain order; {@code from}/{@code to} (exclusive) may be null.
   */
  public List<AuditRecord> batchAfter(TenantId tenant, long afterSeq, Instant from, Instant to, int limit) {
    String filter = " where e.tenantId = :tenant and e.seq > :after" + (from == null ? "" : " and e.occurredAt >= :from")
        + (to == null ? "" : " and e.occurredAt < :to");
    TypedQuery<AuditRecord> query = em.createQuery(RECORD + filter + " order by e.seq", AuditRecord.class)
        .setParameter("tenant", tenant.value())
        .setParameter("after", afterSeq)
        .setMaxResults(limit);
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
    return query.getResultList();
  }

  /** The lowest sequence number of an entry at or after {@code instant}, if any. */
  public Optional<Long> firstSeqAtOrAfter(TenantId tenant, Instant instant) {
    return Optional.ofNullable(em.createQuery("select min(e.seq) from AuditEntry e where e.tenantId = :tenant"
            + " and e.occurredAt >= :at", Long.class)
        .setParameter("tenant", tenant.value())
        .setParameter("at", instant)
        .getSingleResult());
  }

  /** The lowest sequence number of an entry under legal hold, if any. */
  public Optional<Long> firstHeldSeq(TenantId tenant) {
    return Optional.ofNullable(em.createQuery("select min(e.seq) from AuditEntry e where e.tenantId = :tenant"
            + " and e.legalHold = true", Long.class)
        .setParameter("tenant", tenant.value())
        .getSingleResult());
  }

  /** The entry with sequence number {@code seq}, if it is still there. */
  public Optional<AuditRecord> bySeq(TenantId tenant, long seq) {
    return em.createQuery(RECORD + " where e.tenantId = :tenant and e.seq = :seq", AuditRecord.class)
        .setParameter("tenant", tenant.value())
        .setParameter("seq", seq)
        .getResultStream()
        .findFirst();
  }

  /** Deletes the tenant's entries with a sequence number up to {@code seq}; answers how many. */
  public int deleteUpTo(TenantId tenant, long seq) {
    return em.createQuery("delete from AuditEntry e where e.tenantId = :tenant and e.seq <= :seq")
        .setParameter("tenant", tenant.value())
        .setParameter("seq", seq)
        .executeUpdate();
  }
}
