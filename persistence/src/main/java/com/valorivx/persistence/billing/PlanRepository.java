package com.valorivx.persistence.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Plan definitions (seeded by the migrations, read-only here) and the plan each tenant is on. */
@ApplicationScoped
public class PlanRepository {

  private static final String COLUMNS = "p.code, p.name, p.valuations_per_month, p.monte_carlo_paths_per_month, "
      + "p.seats, p.requests_per_minute, p.burst, p.audit_retention_days, p.currency, p.monthly_fee, "
      + "p.price_per_valuation, p.price_per_thousand_paths, p.price_per_seat";

  @PersistenceContext(unitName = "valor")
  EntityManager em;

  /**
   * The plan definitions by code, cheapest first. They change only with a migration, that is with
   * a new deployment, so they are read once per deployment instead of on every request that checks
   * a rate, a quota or a feature.
   */
  private volatile Map<String, PlanRow> catalogue;

  /** Every plan, cheapest first. */
  public List<PlanRow> all() {
    return List.copyOf(catalogue().values());
  }

  public Optional<PlanRow> find(String code) {
    return Optional.ofNullable(catalogue().get(code));
  }

  private Map<String, PlanRow> catalogue() {
    Map<String, PlanRow> loaded = catalogue;
    if (loaded == null) {
      // Two first requests may both load it: the result is the same, the second write harmless.
      loaded = load();
      catalogue = loaded;
    }
    return loaded;
  }

  private Map<String, PlanRow> load() {
    Map<String, Set<String>> features = new HashMap<>();
    for (Object row : em.createNativeQuery("select plan_code, feature from plan_feature").getResultList()) {
      Object[] cells = (Object[]) row;
      features.computeIfAbsent((String) cells[0], k -> new HashSet<>()).add((String) cells[1]);
    }
    Map<String, PlanRow> plans = new LinkedHashMap<>();
    for (Object row : em.createNativeQuery("select " + COLUMNS + " from plan p order by p.sort_order").getResultList()) {
      Object[] cells = (Object[]) row;
      plans.put((String) cells[0], map(cells, features.getOrDefault((String) cells[0], Set.of())));
    }
    return Collections.unmodifiableMap(plans);
  }

  /** The code of the plan assigned to {@code tenant}, if any row assigns one. */
  public Optional<String> assignedCode(UUID tenant) {
    List<?> rows = em.createNativeQuery("select plan_code from tenant_plan where tenant_id = ?1")
        .setParameter(1, tenant).getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0));
  }

  /** The codes of the plans assigned to those of {@code tenants} that have an assignment, in one query. */
  public Map<UUID, String> assignedCodes(Collection<UUID> tenants) {
    if (tenants.isEmpty()) {
      return Map.of();
    }
    List<UUID> ids = List.copyOf(tenants);
    String placeholders = IntStream.rangeClosed(1, ids.size()).mapToObj(i -> "?" + i).collect(Collectors.joining(", "));
    var query = em.createNativeQuery("select tenant_id, plan_code from tenant_plan where tenant_id in (" + placeholders + ")");
    for (int i = 0; i < ids.size(); i++) {
      query.setParameter(i + 1, ids.get(i));
    }
    Map<UUID, String> codes = new HashMap<>();
    for (Object row : query.getResultList()) {
      Object[] cells = (Object[]) row;
      codes.put(UsageRepository.uuid(cells[0]), (String) cells[1]);
    }
    return codes;
  }

  /**
   * Every tenant's plan changes before {@code before}, oldest first per tenant: what billing prices
   * each month by.
   */
  public Map<UUID, List<PlanChange>> historyBefore(OffsetDateTime before) {
    Map<UUID, List<PlanChange>> history = new HashMap<>();
    for (Object row : em.createNativeQuery("select tenant_id, plan_code, effective_from from tenant_plan_history "
        + "where effective_from < ?1 order by tenant_id, effective_from").setParameter(1, before).getResultList()) {
      Object[] c = (Object[]) row;
      history.computeIfAbsent(UsageRepository.uuid(c[0]), t -> new ArrayList<>())
          .add(new PlanChange((String) c[1], instant(c[2])));
    }
    return history;
  }

  /** From {@code effectiveFrom} on, the tenant was on {@code planCode}. */
  public record PlanChange(String planCode, Instant effectiveFrom) {
  }

  /**
   * Puts {@code tenant} on {@code planCode} from {@code at} on, and keeps the change in the tenant's
   * plan history. The tenant row is locked first, so two concurrent
   * assignments for one tenant run one after the other (update, else insert) instead of racing.
   * Answers false when the tenant does not exist.
   */
  public boolean assign(UUID tenant, String planCode, String by, OffsetDateTime at) {
    if (em.createNativeQuery("select id from tenant where id = ?1 for update").setParameter(1, tenant)
        .getResultList().isEmpty()) {
      return false;
    }
    int updated = em.createNativeQuery("update tenant_plan set plan_code = ?1, assigned_by = ?2, assigned_at = ?3 "
        + "where tenant_id = ?4").setParameter(1, planCode).setParameter(2, by).setParameter(3, at)
        .setParameter(4, tenant).executeUpdate();
    if (updated == 0) {
      em.createNativeQuery("insert into tenant_plan (tenant_id, plan_code, assigned_by, assigned_at) "
          + "values (?1, ?2, ?3, ?4)").setParameter(1, tenant).setParameter(2, planCode).setParameter(3, by)
          .setParameter(4, at).executeUpdate();
    }
    em.createNativeQuery("insert into tenant_plan_history (id, tenant_id, plan_code, effective_from, assigned_by) "
        + "values (?1, ?2, ?3, ?4, ?5)").setParameter(1, UUID.randomUUID()).setParameter(2, tenant)
        .setParameter(3, planCode).setParameter(4, at).setParameter(5, by).executeUpdate();
    return true;
  }

  private static PlanRow map(Object[] c, Set<String> features) {
    return new PlanRow((String) c[0], (String) c[1], number(c[2]).longValue(), number(c[3]).longValue(),
        number(c[4]).intValue(), number(c[5]).intValue(), number(c[6]).intValue(), number(c[7]).intValue(),
        (String) c[8], decimal(c[9]), decimal(c[10]), decimal(c[11]), decimal(c[12]), features);
  }

  static Instant instant(Object cell) {
    if (cell instanceof OffsetDateTime at) {
      return at.toInstant();
    }
    if (cell instanceof Timestamp at) {
      return at.toInstant();
    }
    return OffsetDateTime.parse(cell.toString()).toInstant();
  }

  static Number number(Object cell) {
    return (Number) cell;
  }

  static BigDecimal decimal(Object cell) {
    return cell instanceof BigDecimal d ? d : new BigDecimal(cell.toString());
  }
}
