package com.valorivx.persistence.scenario;

import com.valorivx.persistence.common.Page;
import com.valorivx.persistence.common.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Optional;
import java.util.UUID;

/** A tenant's scenarios; every query filters on the tenant. */
@ApplicationScoped
public class ScenarioRepository {

  @PersistenceContext(unitName = "valor")
  EntityManager em;

  public Scenario store(Scenario scenario) {
    em.persist(scenario);
    return scenario;
  }

  public Optional<Scenario> find(TenantId tenant, UUID id) {
    return em.createQuery("select s from Scenario s where s.tenantId = :tenant and s.id = :id", Scenario.class)
        .setParameter("tenant", tenant.value())
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** Whether the tenant already has a scenario of {@code kind} called {@code name}, other than {@code except}. */
  public boolean nameTaken(TenantId tenant, String kind, String name, UUID except) {
    return em.createQuery("select count(s) from Scenario s where s.tenantId = :tenant and s.kind = :kind"
            + " and s.name = :name and s.id <> :except", Long.class)
        .setParameter("tenant", tenant.value())
        .setParameter("kind", kind)
        .setParameter("name", name)
        .setParameter("except", except == null ? new UUID(0, 0) : except)
        .getSingleResult() > 0;
  }

  /** By name, then kind; {@code kind} null lists every kind. */
  public Page<Scenario> list(TenantId tenant, String kind, int page, int size) {
    String filter = "s.tenantId = :tenant" + (kind == null ? "" : " and s.kind = :kind");
    TypedQuery<Scenario> items = em.createQuery(
        "select s from Scenario s where " + filter + " order by s.name, s.kind, s.id", Scenario.class);
    TypedQuery<Long> count = em.createQuery("select count(s) from Scenario s where " + filter, Long.class);
    items.setParameter("tenant", tenant.value());
    count.setParameter("tenant", tenant.value());
    if (kind != null) {
      items.setParameter("kind", kind);
      count.setParameter("kind", kind);
    }
    return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(),
        page, size, count.getSingleResult());
  }

  public void remove(Scenario scenario) {
    em.remove(scenario);
  }

  /**
   * Writes pending changes now, so a stale version or a taken name surfaces inside the caller's
   * method (as {@link jakarta.persistence.OptimisticLockException} or a
   * {@link jakarta.persistence.PersistenceException}) rather than at commit.
   */
  public void flush() {
    em.flush();
  }
}
