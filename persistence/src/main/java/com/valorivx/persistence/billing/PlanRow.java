package com.valorivx.persistence.billing;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One row of {@code plan} with its feature flags. Quotas count per calendar month (UTC); prices are
 * in {@code currency}.
 */
public record PlanRow(String code, String name, long valuationsPerMonth, long monteCarloPathsPerMonth, int seats,
    int requestsPerMinute, int burst, int auditRetentionDays, String currency, BigDecimal monthlyFee,
    BigDecimal pricePerValuation, BigDecimal pricePerThousandPaths, BigDecimal pricePerSeat, Set<String> features) {

  public PlanRow {
    features = Set.copyOf(features);
  }
}
