package com.valorivx.engine.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Each sampler against its distribution's mean and variance (formulas as in Forbes, Evans,
 * Hastings and Peacock, <i>Statistical Distributions</i>, 4th ed., chapters on the lognormal,
 * normal, triangular and uniform distributions), both through independent draws and through the
 * copula route Φ(Z).
 */
class SamplerTest {

  private static final int DRAWS = 400_000;
  /** Four standard errors of the mean. */
  private static final double MEAN_ERRORS = 4;
  /** Relative tolerance on the sample variance of 400,000 draws. */
  private static final double VARIANCE_SPREAD = 0.02;

  private static final List<Distribution> CASES = List.of(
      new Distribution.Normal(0.05, 0.02),
      new Distribution.LogNormal(0.09, 0.015),
      new Distribution.Triangular(0.10, 0.12, 0.20),
      new Distribution.Triangular(0.0, 0.0, 1.0),
      new Distribution.Uniform(-0.02, 0.06));

  @Test
  void independentDrawsHaveTheDistributionsMeanAndVariance() {
    for (Distribution d : CASES) {
      Sampler sampler = Sampler.of(d);
      SplittableRandom random = new SplittableRandom(17);
      double[] x = new double[DRAWS];
      for (int i = 0; i < DRAWS; i++) {
        x[i] = sampler.draw(random);
      }
      assertMoments(d, x);
    }
  }

  @Test
  void copulaDrawsHaveTheDistributionsMeanAndVariance() {
    for (Distribution d : CASES) {
      Sampler sampler = Sampler.of(d);
      SplittableRandom random = new SplittableRandom(23);
      double[] x = new double[DRAWS];
      for (int i = 0; i < DRAWS; i++) {
        x[i] = sampler.fromNormal(random.nextGaussian());
      }
      assertMoments(d, x);
    }
  }

  @Test
  void lognormalParametersGiveTheRequestedMomentsAndStayPositive() {
    Distribution.LogNormal l = new Distribution.LogNormal(0.09, 0.015);
    // E[X] = exp(μ + σ²/2), Var[X] = (exp(σ²) − 1)·exp(2μ + σ²).
    double mu = l.logMu();
    double s2 = l.logSigma() * l.logSigma();
    assertThat(Math.exp(mu + s2 / 2)).isCloseTo(0.09, within(1e-15));
    assertThat(Math.sqrt((Math.exp(s2) - 1) * Math.exp(2 * mu + s2))).isCloseTo(0.015, within(1e-15));
    SplittableRandom random = new SplittableRandom(3);
    Sampler sampler = Sampler.of(l);
    for (int i = 0; i < 10_000; i++) {
      assertThat(sampler.draw(random)).isPositive();
    }
  }

  @Test
  void triangularStaysWithinItsRange() {
    Sampler sampler = Sampler.of(new Distribution.Triangular(0.10, 0.12, 0.20));
    SplittableRandom random = new SplittableRandom(9);
    for (int i = 0; i < 10_000; i++) {
      assertThat(sampler.draw(random)).isBetween(0.10, 0.20);
      assertThat(sampler.fromNormal(random.nextGaussian())).isBetween(0.10, 0.20);
    }
  }

  /** Φ against Hipparchus' incomplete-gamma erfc, across the body and both tails. */
  @Test
  void normalDistributionFunctionMatchesErfc() {
    for (double z = -9; z <= 9; z += 0.01) {
      double expected = 0.5 * org.hipparchus.special.Erf.erfc(-z / Math.sqrt(2));
      assertThat(Sampler.cdf(z)).as("z %s", z).isCloseTo(expected, within(Math.max(1e-15, expected * 1e-12)));
    }
  }

  private static void assertMoments(Distribution d, double[] x) {
    double mean = java.util.Arrays.stream(x).average().orElseThrow();
    double variance = java.util.Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (x.length - 1);
    double standardError = Math.sqrt(d.variance() / x.length);
    assertThat(mean).as("mean of %s", d).isCloseTo(d.mean(), within(MEAN_ERRORS * standardError));
    assertThat(variance).as("variance of %s", d).isCloseTo(d.variance(), within(d.variance() * VARIANCE_SPREAD));
  }
}
