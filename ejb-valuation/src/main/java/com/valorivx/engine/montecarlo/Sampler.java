package com.valorivx.engine.montecarlo;

import java.util.SplittableRandom;

/**
 * A {@link Distribution} compiled for the inner loop: parameters precomputed, one final class with
 * a switch (a monomorphic call the JIT inlines), no allocation per draw.
 */
final class Sampler {

  private static final int FIXED = 0;
  private static final int NORMAL = 1;
  private static final int LOGNORMAL = 2;
  private static final int TRIANGULAR = 3;
  private static final int UNIFORM = 4;

  private final int kind;
  private final double a;
  private final double b;
  private final double c;
  private final double d;
  private final double e;

  private Sampler(int kind, double a, double b, double c, double d, double e) {
    this.kind = kind;
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    this.e = e;
  }

  static Sampler of(Distribution distribution) {
    if (distribution instanceof Distribution.Normal n) {
      return n.stdDev() == 0 ? fixed(n.mean()) : new Sampler(NORMAL, n.mean(), n.stdDev(), 0, 0, 0);
    }
    if (distribution instanceof Distribution.LogNormal l) {
      return l.stdDev() == 0 ? fixed(l.mean()) : new Sampler(LOGNORMAL, l.logMu(), l.logSigma(), 0, 0, 0);
    }
    if (distribution instanceof Distribution.Triangular t) {
      if (t.min() == t.max()) {
        return fixed(t.min());
      }
      double range = t.max() - t.min();
      return new Sampler(TRIANGULAR, t.min(), t.max(), (t.mode() - t.min()) / range,
          range * (t.mode() - t.min()), range * (t.max() - t.mode()));
    }
    Distribution.Uniform u = (Distribution.Uniform) distribution;
    return u.min() == u.max() ? fixed(u.min()) : new Sampler(UNIFORM, u.min(), u.max() - u.min(), 0, 0, 0);
  }

  private static Sampler fixed(double value) {
    return new Sampler(FIXED, value, 0, 0, 0, 0);
  }

  /** Whether the draw ignores Z (a zero-variance distribution). */
  boolean isFixed() {
    return kind == FIXED;
  }

  /** The variable for a standard normal draw z (the copula route). */
  double fromNormal(double z) {
    switch (kind) {
      case NORMAL:
        return a + b * z;
      case LOGNORMAL:
        return Math.exp(a + b * z);
      case TRIANGULAR:
        return triangular(cdf(z));
      case UNIFORM:
        return a + b * cdf(z);
      default:
        return a;
    }
  }

  /** An independent draw: the uniform-based kinds skip the normal and Φ. */
  double draw(SplittableRandom random) {
    switch (kind) {
      case NORMAL:
        return a + b * random.nextGaussian();
      case LOGNORMAL:
        return Math.exp(a + b * random.nextGaussian());
      case TRIANGULAR:
        return triangular(random.nextDouble());
      case UNIFORM:
        return a + b * random.nextDouble();
      default:
        return a;
    }
  }

  /**
   * Φ(z) by Hart's double-precision rational approximation (Hart 1968, algorithm 5666, as given by
   * G. West, "Better approximations to cumulative normal functions", Wilmott Magazine 2005),
   * accurate to about 1e-14: one exponential, several times faster than an incomplete-gamma erfc.
   */
  static double cdf(double z) {
    double x = Math.abs(z);
    double tail;
    if (x > 37) {
      tail = 0;
    } else {
      double exponential = Math.exp(-x * x / 2);
      if (x < 7.07106781186547) {
        double num = 3.52624965998911E-02 * x + 0.700383064443688;
        num = num * x + 6.37396220353165;
        num = num * x + 33.912866078383;
        num = num * x + 112.079291497871;
        num = num * x + 221.213596169931;
        num = num * x + 220.206867912376;
        double den = 8.83883476483184E-02 * x + 1.75566716318264;
        den = den * x + 16.064177579207;
        den = den * x + 86.7807322029461;
        den = den * x + 296.564248779674;
        den = den * x + 637.333633378831;
        den = den * x + 793.826512519948;
        den = den * x + 440.413735824752;
        tail = exponential * num / den;
      } else {
        double fraction = x + 0.65;
        fraction = x + 4 / fraction;
        fraction = x + 3 / fraction;
        fraction = x + 2 / fraction;
        fraction = x + 1 / fraction;
        tail = exponential / fraction / 2.506628274631;
      }
    }
    return z > 0 ? 1 - tail : tail;
  }

  /** F⁻¹(u) of the triangular distribution; a = min, b = max, c = F(mode), d, e the two areas. */
  private double triangular(double u) {
    return u < c ? a + Math.sqrt(u * d) : b - Math.sqrt((1 - u) * e);
  }
}
