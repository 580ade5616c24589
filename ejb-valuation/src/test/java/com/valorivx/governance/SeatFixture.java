package com.valorivx.governance;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** In-container test data: a tenant on a plan with a number of users, written in one transaction. */
@Stateless
public class SeatFixture {

  @PersistenceContext(unitName = "valor")
  EntityManager em;

  public UUID tenantWithUsers(String plan, int users) {
    UUID tenant = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    em.createNativeQuery("insert into tenant (id, name, status, created_at, version) values (?1, ?2, 'ACTIVE', ?3, 0)")
        .setParameter(1, tenant).setParameter(2, "seats-" + tenant).setParameter(3, now).executeUpdate();
    em.createNativeQuery("insert into tenant_plan (tenant_id, plan_code, assigned_by, assigned_at) values (?1, ?2, 'it', ?3)")
        .setParameter(1, tenant).setParameter(2, plan).setParameter(3, now).executeUpdate();
    for (int i = 0; i < users; i++) {
      em.createNativeQuery("insert into app_user (id, tenant_id, username, password_hash, enabled, created_at, version) "
              + "values (?1, ?2, ?3, 'x', true, ?4, 0)")
          .setParameter(1, UUID.randomUUID()).setParameter(2, tenant).setParameter(3, "seat-" + UUID.randomUUID())
          .setParameter(4, now).executeUpdate();
    }
    return tenant;
  }
}
