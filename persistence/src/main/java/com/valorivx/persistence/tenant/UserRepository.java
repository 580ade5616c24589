package com.valorivx.persistence.tenant;

import com.valorivx.persistence.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Users by id and by (globally unique) username. */
@ApplicationScoped
public class UserRepository {

  @PersistenceContext(unitName = "valor")
  EntityManager em;

  public Optional<AppUser> find(UUID id) {
    return Optional.ofNullable(em.find(AppUser.class, id));
  }

  public Optional<AppUser> findByUsername(String username) {
    return em.createQuery("select u from AppUser u where u.username = :username", AppUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  /** The tenant's users by username. */
  public Page<AppUser> listOfTenant(UUID tenantId, int page, int size) {
    long total = em.createQuery("select count(u) from AppUser u where u.tenantId = :tenant", Long.class)
        .setParameter("tenant", tenantId).getSingleResult();
    return new Page<>(em.createQuery("select u from AppUser u where u.tenantId = :tenant order by u.username",
            AppUser.class)
        .setParameter("tenant", tenantId)
        .setFirstResult(page * size).setMaxResults(size).getResultList(), page, size, total);
  }

  /**
   * The roles of {@code username} in {@code tenantId} when the user is enabled and the tenant
   * active; empty otherwise. One indexed query (username is unique), asked on every API call.
   */
  public Optional<Set<String>> activeRoles(UUID tenantId, String username) {
    List<String> roles = em.createQuery("select r from AppUser u join u.roles r, Tenant t "
            + "where u.username = :username and u.tenantId = :tenant and t.id = u.tenantId "
            + "and u.enabled = true and t.status = :active", String.class)
        .setParameter("username", username)
        .setParameter("tenant", tenantId)
        .setParameter("active", Tenant.Status.ACTIVE)
        .getResultList();
    return roles.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(roles));
  }

  public long count() {
    return em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
  }

  public AppUser store(AppUser user) {
    em.persist(user);
    return user;
  }
}
