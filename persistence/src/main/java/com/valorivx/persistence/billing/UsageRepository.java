package com.valorivx.persistence.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Usage counters: one row per (tenant, period, metric). Consumption is a single conditional
 * {@code UPDATE}; the database decides, under its row lock, whether the units still fit.
 */
@ApplicationScoped
public class UsageRepository {

  @PersistenceContext(unitName = "valor")
  EntityManager em;

  /**
   * Adds {@code units} to the counter if the result stays within {@code limit}: 1 when taken, 0 when
   * the counter is missing or the units do not fit.
   */
  public int consume(UUID tenant, String period, String metric, long units, long limit) {
    return em.createNativeQuery("update usage_counter set used = used + ?1 "
            + "where tenant_id = ?2 and period = ?3 and metric = ?4 and used + ?1 <= ?5")
        .setParameter(1, units).setParameter(2, tenant).setParameter(3, period).setParameter(4, metric)
        .setParameter(5, limit).executeUpdate();
  }

  /** Raises the counter to at least {@code value} (high-water marks such as seats); 0 when missing. */
  public int raiseTo(UUID tenant, String period, String metric, long value) {
    return em.createNativeQuery("update usage_counter set used = ?1 "
            + "where tenant_id = ?2 and period = ?3 and metric = ?4 and used < ?1")
        .setParameter(1, value).setParameter(2, tenant).setParameter(3, period).setParameter(4, metric)
        .executeUpdate();
  }

  /** Inserts the counter at 0; fails with a constraint violation when it exists already. */
  public void open(UUID tenant, String period, String metric) {
    em.createNativeQuery("insert into usage_counter (tenant_id, period, metric, used) values (?1, ?2, ?3, 0)")
        .setParameter(1, tenant).setParameter(2, period).setParameter(3, metric).executeUpdate();
  }

  public boolean exists(UUID tenant, String period, String metric) {
    return !em.createNativeQuery("select used from usage_counter where tenant_id = ?1 and period = ?2 and metric = ?3")
        .setParameter(1, tenant).setParameter(2, period).setParameter(3, metric).getResultList().isEmpty();
  }

  /** The tenant's counters of one period by metric. */
  public Map<String, Long> usage(UUID tenant, String period) {
    Map<String, Long> used = new HashMap<>();
    for (Object row : em.createNativeQuery("select metric, used from usage_counter where tenant_id = ?1 and period = ?2")
        .setParameter(1, tenant).setParameter(2, period).getResultList()) {
      Object[] cells = (Object[]) row;
      used.put((String) cells[0], ((Number) cells[1]).longValue());
    }
    return used;
  }

  /** Every counter of the periods {@code from}..{@code to} (inclusive, 'YYYY-MM' sorts by time). */
  public List<UsageRow> between(String fromPeriod, String toPeriod) {
    return em.createNativeQuery("select tenant_id, period, metric, used from usage_counter "
            + "where period >= ?1 and period <= ?2")
        .setParameter(1, fromPeriod).setParameter(2, toPeriod).getResultList().stream()
        .map(row -> {
          Object[] c = (Object[]) row;
          return new UsageRow(uuid(c[0]), (String) c[1], (String) c[2], ((Number) c[3]).longValue());
        }).toList();
  }

  /**
   * Locks the tenant's row until the transaction ends, so that seat checks of one tenant run one
   * after the other; false when the tenant does not exist.
   */
  public boolean lockTenant(UUID tenant) {
    return !em.createNativeQuery("select id from tenant where id = ?1 for update").setParameter(1, tenant)
        .getResultList().isEmpty();
  }

  /** Users of the tenant (enabled or not: each holds a seat). */
  public long users(UUID tenant) {
    return ((Number) em.createNativeQuery("select count(*) from app_user where tenant_id = ?1")
        .setParameter(1, tenant).getSingleResult()).longValue();
  }

  /** Every tenant: id and name. */
  public Map<UUID, String> tenants() {
    Map<UUID, String> tenants = new HashMap<>();
    for (Object row : em.createNativeQuery("select id, name from tenant").getResultList()) {
      Object[] c = (Object[]) row;
      tenants.put(uuid(c[0]), (String) c[1]);
    }
    return tenants;
  }

  /** Users per tenant. */
  public Map<UUID, Long> usersPerTenant() {
    Map<UUID, Long> users = new HashMap<>();
    for (Object row : em.createNativeQuery("select tenant_id, count(*) from app_user group by tenant_id").getResultList()) {
      Object[] c = (Object[]) row;
      users.put(uuid(c[0]), ((Number) c[1]).longValue());
    }
    return users;
  }

  static UUID uuid(Object cell) {
    return cell instanceof UUID id ? id : UUID.fromString(cell.toString());
  }

  /** One usage counter. */
  public record UsageRow(UUID tenant, String period, String metric, long used) {
  }
}
