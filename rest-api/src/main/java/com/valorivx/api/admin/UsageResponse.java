package com.valorivx.api.admin;

import com.valorivx.governance.Feature;
import com.valorivx.governance.Quota;
import com.valorivx.governance.Usage;
import java.util.List;

/** {@code GET /api/v1/usage}: the caller's tenant's plan, its effective limits and this period's usage. */
public record UsageResponse(String plan, PlanResponse.Limits limits, List<String> features, Used usage) {

  /** Usage in {@code period} (calendar month, UTC); {@code resetSeconds} until the monthly quotas reset. */
  public record Used(String period, long valuations, long monteCarloPaths, long seats, long resetSeconds) {
  }

  public static UsageResponse of(Usage usage) {
    return new UsageResponse(usage.plan().code(), PlanResponse.Limits.of(usage.plan()),
        usage.plan().features().stream().map(Feature::name).sorted().toList(),
        new Used(usage.period(), usage.used().get(Quota.VALUATIONS), usage.used().get(Quota.MONTE_CARLO_PATHS),
            usage.used().get(Quota.SEATS), usage.resetSeconds()));
  }
}
