package com.valorivx.persistence.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
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

  public long count() {
    return em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
  }

  public AppUser store(AppUser user) {
    em.persist(user);
    return user;
  }
}
