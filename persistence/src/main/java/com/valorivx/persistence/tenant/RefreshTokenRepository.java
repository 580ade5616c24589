package com.valorivx.persistence.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Refresh tokens by the hash of their value. */
@ApplicationScoped
public class RefreshTokenRepository {

  @PersistenceContext(unitName = "valor")
  EntityManager em;

  /** Finds the token and locks its row, so two concurrent refreshes cannot both use it. */
  public Optional<RefreshToken> findByHashForUpdate(String tokenHash) {
    return em.createQuery("select r from RefreshToken r where r.tokenHash = :hash", RefreshToken.class)
        .setParameter("hash", tokenHash)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public RefreshToken store(RefreshToken token) {
    em.persist(token);
    return token;
  }
}
