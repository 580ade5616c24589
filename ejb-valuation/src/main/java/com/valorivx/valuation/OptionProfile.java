package com.valorivx.valuation;

import java.util.List;

/**
 * An option's value across spot prices, beside its intrinsic value (what exercise would pay now),
 * valued by the request's own method with every other input held.
 *
 * @param steps the tree steps used per point (BINOMIAL), else null
 * @param paths the Monte Carlo pairs used per point (MONTE_CARLO), else null
 */
public record OptionProfile(List<Point> points, Integer steps, Integer paths) {

  public OptionProfile {
    points = List.copyOf(points);
  }

  /** One spot price, the option's value there and its intrinsic value max(S − K, 0) or max(K − S, 0). */
  public record Point(double spot, double value, double intrinsicValue) {
  }
}
