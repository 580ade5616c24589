package com.valorivx.persistence.tenant;

import com.valorivx.persistence.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** Tenants by id and by name. */
@ApplicationScoped
public class TenantRepository {

  @PersistenceContext(unitName = "valor")
  EntityManager em;

  public Optional<Tenant> find(UUID id) {
    return Optional.ofNullable(em.find(Tenant.class, id));
  }

  public Optional<Tenant> findByName(String name) {
    return em.createQuery("select t from Tenant t where t.name = :name", Tenant.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  /** Every tenant by name. */
  public Page<Tenant> list(int page, int size) {
    long total = em.createQuery("select count(t) from Tenant t", Long.class).getSingleResult();
    return new Page<>(em.createQuery("select t from Tenant t order by t.name, t.id", Tenant.class)
        .setFirstResult(page * size).setMaxResults(size).getResultList(), page, size, total);
  }

  /**
   * Writes the tenant at once: rows that belong to it reference it by id rather than by a
   * mapped relation, so the provider would not otherwise know to insert the tenant first.
   */
  public Tenant store(Tenant tenant) {
    em.persist(tenant);
    em.flush();
    return tenant;
  }
}
