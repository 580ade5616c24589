package com.valorivx.governance;

import com.valorivx.audit.Audited;
import com.valorivx.persistence.billing.PlanRepository;
import com.valorivx.persistence.billing.PlanRow;
import com.valorivx.persistence.billing.UsageRepository;
import com.valorivx.valuation.RecordNotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Plans and the plan each tenant is on (a tenant without an assignment is on {@value Plan#DEFAULT_CODE}),
 * the feature check every model call makes, and the seat check user creation makes.
 */
@Stateless
public class PlanService {

  @Inject
  PlanRepository repository;

  @Inject
  UsageRepository usage;

  /** Every plan, cheapest first. */
  public List<Plan> plans() {
    return repository.all().stream().map(PlanService::view).toList();
  }

  /** The plan {@code tenant} is on (one query: the definitions are read once per deployment). */
  public Plan planOf(UUID tenant) {
    String code = repository.assignedCode(tenant).orElse(Plan.DEFAULT_CODE);
    return repository.find(code).map(PlanService::view)
        .orElseThrow(() -> new IllegalStateException("the plan " + code + " is not defined"));
  }

  /** The code of the plan each of {@code tenants} is on, in one query. */
  public Map<UUID, String> planCodesOf(Collection<UUID> tenants) {
    Map<UUID, String> assigned = repository.assignedCodes(tenants);
    Map<UUID, String> codes = new HashMap<>();
    for (UUID tenant : tenants) {
      codes.put(tenant, assigned.getOrDefault(tenant, Plan.DEFAULT_CODE));
    }
    return codes;
  }

  /**
   * Puts a tenant on a plan (operators only); the code is case-insensitive, an unknown plan is a
   * 400 naming {@code plan}.
   */
  @Audited("tenant.plan.change")
  public Plan assign(Caller caller, UUID tenant, String planCode) {
    if (!caller.hasAnyRole(Role.OPERATOR) && !caller.tenant().value().equals(tenant)) {
      // Another tenant is not found for a non-operator: an id tells nothing about other tenants.
      throw new RecordNotFoundException("tenant " + tenant);
    }
    caller.requireAnyRole(Role.OPERATOR);
    String code = planCode == null ? null : planCode.strip().toUpperCase(Locale.ROOT);
    PlanRow row = (code == null || code.isEmpty() ? Optional.<PlanRow>empty() : repository.find(code))
        .orElseThrow(() -> UnknownPlanException.of(planCode,
            repository.all().stream().map(PlanRow::code).toList()));
    if (!repository.assign(tenant, row.code(), caller.username(), OffsetDateTime.now(ZoneOffset.UTC))) {
      throw new RecordNotFoundException("tenant " + tenant);
    }
    return view(row);
  }

  /** Throws {@link FeatureNotInPlanException} (403) unless the caller's plan includes {@code feature}. */
  public void requireFeature(Caller caller, Feature feature) {
    Plan plan = planOf(caller.tenant().value());
    if (!plan.allows(feature)) {
      throw new FeatureNotInPlanException(feature, plan.code());
    }
  }

  /**
   * Call inside the transaction that creates a user of {@code tenant}, before the insert: locks the
   * tenant row (so concurrent creations for one tenant queue), and refuses with a 429 naming
   * {@code seats} when the tenant already holds as many users as its plan has seats. On success it
   * records the new head count as this month's seat high-water mark for billing.
   */
  public void requireSeat(UUID tenant) {
    if (!usage.lockTenant(tenant)) {
      throw new RecordNotFoundException("tenant " + tenant);
    }
    Plan plan = planOf(tenant);
    long users = usage.users(tenant);
    if (users >= plan.seats()) {
      throw new QuotaExceededException(Quota.SEATS, plan.seats(), 1, 0);
    }
    String period = QuotaPeriod.of(QuotaService.CLOCK.instant());
    if (usage.raiseTo(tenant, period, Quota.SEATS.name(), users + 1) == 0
        && !usage.exists(tenant, period, Quota.SEATS.name())) {
      // The tenant row lock serialises this tenant's seat checks, so this insert cannot race.
      usage.open(tenant, period, Quota.SEATS.name());
      usage.raiseTo(tenant, period, Quota.SEATS.name(), users + 1);
    }
  }

  static Plan view(PlanRow row) {
    Set<Feature> features = EnumSet.noneOf(Feature.class);
    for (String name : row.features()) {
      for (Feature feature : Feature.values()) {
        if (feature.name().equals(name)) {
          features.add(feature);
        }
      }
    }
    return new Plan(row.code(), row.name(), features, row.valuationsPerMonth(), row.monteCarloPathsPerMonth(),
        row.seats(), row.requestsPerMinute(), row.burst(), row.auditRetentionDays(), row.currency(),
        row.monthlyFee(), row.pricePerValuation(), row.pricePerThousandPaths(), row.pricePerSeat());
  }
}
