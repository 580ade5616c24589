package com.valorivx.persistence.tenant;

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

  public Tenant store(Tenant tenant) {
    em.persist(tenant);
    return tenant;
  }
}
