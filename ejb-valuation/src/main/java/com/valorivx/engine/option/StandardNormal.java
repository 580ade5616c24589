package com.valorivx.engine.option;

import org.hipparchus.special.Erf;

/**
 * The standard normal density and distribution function. N(x) uses Hart's double-precision
 * rational approximation (Hart 1968, algorithm 5666, as given by G. West, "Better approximations to
 * cumulative normal functions", Wilmott Magazine 2005), accurate to about 1e-14 everywhere.
 */
final class StandardNormal {

  private static final double SQRT_TWO_PI = Math.sqrt(2 * Math.PI);
  private static final double SQRT_TWO = Math.sqrt(2);

  private StandardNormal() {
  }

  /** φ(x) = e^(−x²/2)/√(2π). */
  static double density(double x) {
    return Math.exp(-0.5 * x * x) / SQRT_TWO_PI;
  }

  /** N(x) = P(Z ≤ x). */
  /** Φ(x) = ½·erfc(−x/√2), through Hipparchus, accurate in both tails. */
  static double cdf(double x) {
    return 0.5 * Erf.erfc(-x / SQRT_TWO);
  }
}
