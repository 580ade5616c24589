package com.valorivx.engine.risk;

import java.util.List;

/**
 * The answer of a risk run at the requested confidence and horizon, in money, positive = loss.
 * {@code standardError} is the Monte Carlo standard error of the VaR (null for other methods);
 * {@code components} the Euler component VaR per position, summing to {@code valueAtRisk}
 * (PARAMETRIC only, empty otherwise); {@code stress} the P&amp;L of each stress scenario;
 * {@code histogram} the loss distribution (scenarios for HISTORICAL and MONTE_CARLO, the normal
 * density's expected counts per 1 000 for PARAMETRIC) for charts.
 */
public record RiskResult(RiskMethod method, double confidence, int horizonDays, double valueAtRisk,
    double expectedShortfall, Double standardError, Double portfolioVolatility, int scenarioCount, int tailCount,
    List<ComponentVar> components, List<StressResult> stress, List<Bin> histogram) {

  public RiskResult {
    components = List.copyOf(components);
    stress = List.copyOf(stress);
    histogram = List.copyOf(histogram);
  }

  /** A position's share of the VaR: {@code componentVar} in money and as a {@code share} of the total. */
  public record ComponentVar(String name, double componentVar, double share) {
  }

  /** A stress scenario's P&amp;L (negative = loss). */
  public record StressResult(String name, double profitAndLoss) {
  }

  /** A histogram bar of losses in [from, to). */
  public record Bin(double from, double to, double count) {
  }
}
