package com.valorivx.engine.montecarlo;

import java.util.List;

/**
 * What a Monte Carlo DCF gives, over the value per share of its valid paths. Percentiles
 * interpolate linearly between order statistics (the "R-7" rule of spreadsheets' PERCENTILE.INC:
 * h = (n − 1)·p). {@code standardError} = stdDev/√validPaths is the standard error of the mean.
 * Invalid paths (see {@link InvalidPaths}) are counted and left out of every statistic, never
 * clamped.
 *
 * @param histogram equal-width bins from the 1st to the 99th percentile; the values outside are
 *     counted in {@code belowHistogram} and {@code aboveHistogram}
 * @param probabilityAbovePrice share of valid paths whose value per share exceeds the price; null
 *     without a price
 */
public record MonteCarloDcfResult(long paths, long validPaths, long invalidPaths, InvalidPaths invalidReasons,
    double mean, double median, double stdDev, double standardError, double min, double max,
    Percentiles percentiles, List<HistogramBin> histogram, long belowHistogram, long aboveHistogram,
    Double price, Double probabilityAbovePrice, long seed) {

  public MonteCarloDcfResult {
    histogram = List.copyOf(histogram);
  }

  /** Value per share at the 5th, 25th, 50th, 75th and 95th percentiles. */
  public record Percentiles(double p5, double p25, double p50, double p75, double p95) {
  }

  /** Values in [from, to) (the last bin includes {@code to}). */
  public record HistogramBin(double from, double to, long count) {
  }

  /**
   * Paths with no DCF value, by the first reason found: the drawn discount rate at or below the
   * terminal growth (no Gordon value), a discount rate at or below −100 %, a revenue growth at or
   * below −100 % (revenue would turn negative), an EBIT margin above 100 %, or a value that
   * overflows a double.
   */
  public record InvalidPaths(long discountRateNotAboveTerminalGrowth, long discountRateAtOrBelowMinusOne,
      long revenueGrowthAtOrBelowMinusOne, long ebitMarginAboveOne, long nonFiniteValue) {
  }
}
