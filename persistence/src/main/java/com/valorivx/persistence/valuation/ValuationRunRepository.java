package com.valorivx.persistence.valuation;

import com.valorivx.persistence.common.Page;
import com.valorivx.persistence.common.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Optional;
import java.util.UUID;

/** A tenant's runs; every query filters on the tenant. */
@ApplicationScoped
public class ValuationRunRepository {

  @PersistenceContext(unitName = "valor")
  EntityManager em;

  public ValuationRun store(ValuationRun run) {
    em.persist(run);
    return run;
  }

  public Optional<ValuationRun> find(TenantId tenant, UUID id) {
    return em.createQuery("select r from ValuationRun r where r.tenantId = :tenant and r.id = :id",
            ValuationRun.class)
        .setParameter("tenant", tenant.value())
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** Newest first; {@code kind} null lists every kind. */
  public Page<ValuationRun> list(TenantId tenant, String kind, int page, int size) {
    String filter = "r.tenantId = :tenant" + (kind == null ? "" : " and r.kind = :kind");
    TypedQuery<ValuationRun> items = em.createQuery(
        "select r from ValuationRun r where " + filter + " order by r.createdAt desc, r.id desc",
        ValuationRun.class);
    TypedQuery<Long> count = em.createQuery("select count(r) from ValuationRun r where " + filter, Long.class);
    items.setParameter("tenant", tenant.value());
    count.setParameter("tenant", tenant.value());
    if (kind != null) {
      items.setParameter("kind", kind);
      count.setParameter("kind", kind);
    }
    return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(),
        page, size, count.getSingleResult());
  }
}
