package com.valorivx.governance;

import com.valorivx.persistence.billing.UsageRepository;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * Monthly quotas of a tenant's plan. {@link #consume} runs inside the caller's transaction (the one
 * that stores the run), as one conditional {@code UPDATE ... SET used = used + n WHERE ... AND
 * used + n <= limit}: no read-then-write, so concurrent calls can never overshoot, and a refused or
 * failed call rolls the count back with the work.
 */
@Stateless
public class QuotaService {

  static final Clock CLOCK = Clock.systemUTC();

  @Inject
  PlanService plans;

  @Inject
  UsageRepository usage;

  @Inject
  UsageCounters counters;

  @Inject
  QuotaStatus status;

  /** Takes {@code units} of {@code quota} for the caller's tenant, or throws {@link QuotaExceededException}. */
  public void consume(Caller caller, Quota quota, long units) {
    Plan plan = plans.planOf(caller.tenant().value());
    Instant now = CLOCK.instant();
    String period = QuotaPeriod.of(now);
    long limit = plan.limit(quota);
    long reset = QuotaPeriod.secondsToReset(now);
    UUID tenant = caller.tenant().value();
    String metric = quota.name();
    int taken = usage.consume(tenant, period, metric, units, limit);
    if (taken == 0 && !usage.exists(tenant, period, metric)) {
      open(tenant, period, metric);
      taken = usage.consume(tenant, period, metric, units, limit);
    }
    if (taken == 0) {
      long used = usage.usage(tenant, period).getOrDefault(metric, 0L);
      report(quota, limit, limit - used, reset, true);
      throw new QuotaExceededException(quota, limit, units, reset);
    }
    report(quota, limit, limit - usage.usage(tenant, period).getOrDefault(metric, 0L), reset, false);
  }

  /**
   * A courtesy check before long work is queued (a Monte Carlo job): refuses now when the quota
   * is already too low, and otherwise reports what is left for the {@code 202}'s headers. It takes
   * nothing; the binding {@link #consume} happens when the run is stored.
   */
  public void requireAvailable(Caller caller, Quota quota, long units) {
    Plan plan = plans.planOf(caller.tenant().value());
    Instant now = CLOCK.instant();
    long limit = plan.limit(quota);
    long used = usage.usage(caller.tenant().value(), QuotaPeriod.of(now)).getOrDefault(quota.name(), 0L);
    long reset = QuotaPeriod.secondsToReset(now);
    boolean refused = used + units > limit;
    report(quota, limit, limit - used, reset, refused);
    if (refused) {
      throw new QuotaExceededException(quota, limit, units, reset);
    }
  }

  /** The caller's plan and this period's usage. */
  public Usage usage(Caller caller) {
    UUID tenant = caller.tenant().value();
    Instant now = CLOCK.instant();
    String period = QuotaPeriod.of(now);
    Map<String, Long> counted = usage.usage(tenant, period);
    Map<Quota, Long> used = new EnumMap<>(Quota.class);
    used.put(Quota.VALUATIONS, counted.getOrDefault(Quota.VALUATIONS.name(), 0L));
    used.put(Quota.MONTE_CARLO_PATHS, counted.getOrDefault(Quota.MONTE_CARLO_PATHS.name(), 0L));
    used.put(Quota.SEATS, usage.users(tenant));
    return new Usage(plans.planOf(tenant), period, used, QuotaPeriod.secondsToReset(now));
  }

  private void open(UUID tenant, String period, String metric) {
    try {
      counters.open(tenant, period, metric);
    } catch (EJBException | jakarta.persistence.PersistenceException raced) {
      // Another call opened it first: its row is what we wanted.
    }
  }

  private void report(Quota quota, long limit, long remaining, long reset, boolean refused) {
    try {
      status.record(quota, limit, remaining, reset, refused);
    } catch (ContextNotActiveException noRequest) {
      // A background job: no response to put headers on.
    }
  }
}
