package com.valorivx.governance;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A plan as the boundaries see it: features, monthly quotas, seats, request rate (tokens per minute)
 * and burst (bucket capacity), audit retention, and the unit prices billing expects (BigDecimal, in
 * {@code currency}).
 */
public record Plan(String code, String name, Set<Feature> features, long valuationsPerMonth,
    long monteCarloPathsPerMonth, int seats, int requestsPerMinute, int burst, int auditRetentionDays,
    String currency, BigDecimal monthlyFee, BigDecimal pricePerValuation, BigDecimal pricePerThousandPaths,
    BigDecimal pricePerSeat) {

  /** The plan of a tenant that has none assigned. */
  public static final String DEFAULT_CODE = "ENTERPRISE";

  public Plan {
    features = Set.copyOf(features);
  }

  public boolean allows(Feature feature) {
    return features.contains(feature);
  }

  /** The monthly limit of {@code quota}. */
  public long limit(Quota quota) {
    return switch (quota) {
      case VALUATIONS -> valuationsPerMonth;
      case MONTE_CARLO_PATHS -> monteCarloPathsPerMonth;
      case SEATS -> seats;
    };
  }
}
