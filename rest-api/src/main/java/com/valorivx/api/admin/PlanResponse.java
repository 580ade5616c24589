package com.valorivx.api.admin;

import com.valorivx.governance.Feature;
import com.valorivx.governance.Plan;
import java.math.BigDecimal;
import java.util.List;

/** A plan definition as {@code GET /api/v1/admin/plans} lists it. */
public record PlanResponse(String code, String name, List<String> features, Limits limits, Prices prices) {

  /** The plan's limits; quotas are per calendar month (UTC). */
  public record Limits(long valuationsPerMonth, long monteCarloPathsPerMonth, int seats, int requestsPerMinute,
      int burst, int auditRetentionDays) {

    static Limits of(Plan plan) {
      return new Limits(plan.valuationsPerMonth(), plan.monteCarloPathsPerMonth(), plan.seats(),
          plan.requestsPerMinute(), plan.burst(), plan.auditRetentionDays());
    }
  }

  /** Unit prices billing expects, in {@code currency}. */
  public record Prices(String currency, BigDecimal monthlyFee, BigDecimal perValuation, BigDecimal perThousandPaths,
      BigDecimal perSeat) {
  }

  public static PlanResponse of(Plan plan) {
    return new PlanResponse(plan.code(), plan.name(), plan.features().stream().map(Feature::name).sorted().toList(),
        Limits.of(plan), new Prices(plan.currency(), plan.monthlyFee(), plan.pricePerValuation(),
            plan.pricePerThousandPaths(), plan.pricePerSeat()));
  }
}
