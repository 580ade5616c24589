package com.valorivx.persistence.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Refresh tokens by the hash of their value; revocation by family, user or tenant. */
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

  /** Revokes every live token of the family; answers how many. */
  public int revokeFamily(UUID familyId, Instant now) {
    return em.createQuery("update RefreshToken r set r.revokedAt = :now where r.familyId = :family and r.revokedAt is null")
        .setParameter("now", now).setParameter("family", familyId).executeUpdate();
  }

  /** Revokes every live token of the user; answers how many. */
  public int revokeAllOfUser(UUID userId, Instant now) {
    return em.createQuery("update RefreshToken r set r.revokedAt = :now where r.userId = :user and r.revokedAt is null")
        .setParameter("now", now).setParameter("user", userId).executeUpdate();
  }

  /** Revokes every live token of the tenant's users; answers how many. */
  public int revokeAllOfTenant(UUID tenantId, Instant now) {
    return em.createQuery("update RefreshToken r set r.revokedAt = :now where r.tenantId = :tenant and r.revokedAt is null")
        .setParameter("now", now).setParameter("tenant", tenantId).executeUpdate();
  }

  public RefreshToken store(RefreshToken token) {
    em.persist(token);
    return token;
  }
}
