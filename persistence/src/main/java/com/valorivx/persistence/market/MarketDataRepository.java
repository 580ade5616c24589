package com.valorivx.persistence.market;

import com.valorivx.persistence.common.Page;
import com.valorivx.persistence.common.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A tenant's market-data sets and observations; every query filters on the tenant. */
@ApplicationScoped
public class MarketDataRepository {

  /** Observations written between flushes, so a large upload does not hold every entity at once. */
  private static final int FLUSH_EVERY = 500;

  @PersistenceContext(unitName = "valor")
  EntityManager em;

  /** Stores the data set and its observations in the caller's transaction. */
  public MarketDataset store(MarketDataset dataset, List<MarketObservation> observations) {
    em.persist(dataset);
    em.flush();
    int written = 0;
    for (MarketObservation o : observations) {
      em.persist(o);
      if (++written % FLUSH_EVERY == 0) {
        em.flush();
        em.clear();
      }
    }
    em.flush();
    return dataset;
  }

  public Optional<MarketDataset> find(TenantId tenant, UUID id) {
    return em.createQuery("select d from MarketDataset d where d.tenantId = :tenant and d.id = :id",
            MarketDataset.class)
        .setParameter("tenant", tenant.value())
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** Newest first; {@code offset} rows are skipped (the caller may list other entries before these). */
  public Page<MarketDataset> list(TenantId tenant, int offset, int limit, int page, int size) {
    TypedQuery<MarketDataset> items = em.createQuery("select d from MarketDataset d where d.tenantId = :tenant"
        + " order by d.createdAt desc, d.id", MarketDataset.class);
    long total = em.createQuery("select count(d) from MarketDataset d where d.tenantId = :tenant", Long.class)
        .setParameter("tenant", tenant.value())
        .getSingleResult();
    List<MarketDataset> found = limit <= 0 ? List.of() : items.setParameter("tenant", tenant.value())
        .setFirstResult(offset).setMaxResults(limit).getResultList();
    return new Page<>(found, page, size, total);
  }

  /** The data set's observations between {@code from} and {@code to} (inclusive; null = open), by date. */
  public List<MarketObservation> observations(TenantId tenant, UUID dataset, LocalDate from, LocalDate to) {
    return em.createQuery("select o from MarketObservation o where o.tenantId = :tenant and o.datasetId = :dataset"
            + " and o.date >= :from and o.date <= :to order by o.date, o.symbol", MarketObservation.class)
        .setParameter("tenant", tenant.value())
        .setParameter("dataset", dataset)
        .setParameter("from", from == null ? LocalDate.of(1, 1, 1) : from)
        .setParameter("to", to == null ? LocalDate.of(9999, 12, 31) : to)
        .getResultList();
  }

  /** Removes the data set and its observations. */
  public void remove(TenantId tenant, MarketDataset dataset) {
    em.createQuery("delete from MarketObservation o where o.tenantId = :tenant and o.datasetId = :dataset")
        .setParameter("tenant", tenant.value())
        .setParameter("dataset", dataset.getId())
        .executeUpdate();
    em.remove(em.contains(dataset) ? dataset : em.merge(dataset));
  }
}
