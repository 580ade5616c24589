package com.valorivx.persistence.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Sign-in throttle rows by subject. */
@ApplicationScoped
public class LoginThrottleRepository {

  @PersistenceContext(unitName = "valor")
  EntityManager em;

  public Optional<LoginThrottle> find(String subject) {
    return Optional.ofNullable(em.find(LoginThrottle.class, subject));
  }

  /** Finds the row and locks it, so concurrent failures on several nodes are all counted. */
  public Optional<LoginThrottle> findForUpdate(String subject) {
    return Optional.ofNullable(em.find(LoginThrottle.class, subject, LockModeType.PESSIMISTIC_WRITE));
  }

  /** Inserts at once, so a concurrent insert of the same subject fails here rather than at commit. */
  public LoginThrottle store(LoginThrottle throttle) {
    em.persist(throttle);
    em.flush();
    return throttle;
  }

  public void remove(String subject) {
    em.createQuery("delete from LoginThrottle t where t.subject = :subject")
        .setParameter("subject", subject).executeUpdate();
  }
}
