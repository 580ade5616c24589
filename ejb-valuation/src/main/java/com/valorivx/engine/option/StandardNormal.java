package com.valorivx.engine.option;

/**
 * The standard normal density and distribution function. N(x) uses Hart's double-precision
 * rational approximation (Hart 1968, algorithm 5666, as given by G. West, "Better approximations to
 * cumulative normal functions", Wilmott Magazine 2005), accurate to about 1e-14 everywhere.
 */
final class StandardNormal {

  private static final double SQRT_TWO_PI = Math.sqrt(2 * Math.PI);

  private StandardNormal() {
  }

  /** φ(x) = e^(−x²/2)/√(2π). */
  static double density(double x) {
    return Math.exp(-0.5 * x * x) / SQRT_TWO_PI;
  }

  /** N(x) = P(Z ≤ x). */
  static double cdf(double x) {
    double abs = Math.abs(x);
    double tail;
    if (abs > 37) {
      tail = 0;
    } else {
      double exponential = Math.exp(-abs * abs / 2);
      if (abs < 7.07106781186547) {
        double numerator = 3.52624965998911E-02 * abs + 0.700383064443688;
        numerator = numerator * abs + 6.37396220353165;
        numerator = numerator * abs + 33.912866078383;
        numerator = numerator * abs + 112.079291497871;
        numerator = numerator * abs + 221.213596169931;
        numerator = numerator * abs + 220.206867912376;
        double denominator = 8.83883476483184E-02 * abs + 1.75566716318264;
        denominator = denominator * abs + 16.064177579207;
        denominator = denominator * abs + 86.7807322029461;
        denominator = denominator * abs + 296.564248779674;
        denominator = denominator * abs + 637.333633378831;
        denominator = denominator * abs + 793.826512519948;
        denominator = denominator * abs + 440.413735824752;
        tail = exponential * numerator / denominator;
      } else {
        double fraction = abs + 0.65;
        fraction = abs + 4 / fraction;
        fraction = abs + 3 / fraction;
        fraction = abs + 2 / fraction;
        fraction = abs + 1 / fraction;
        tail = exponential / fraction / 2.506628274631;
      }
    }
    return x > 0 ? 1 - tail : tail;
  }
}
