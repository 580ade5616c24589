package com.valorivx.engine.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class StandardNormalTest {

  /** Published tables give N(x) to 15 significant digits (Abramowitz and Stegun, table 26.1). */
  private static final Offset<Double> TABLE = within(1e-14);

  @Test
  void matchesPublishedValues() {
    assertThat(StandardNormal.cdf(0)).isCloseTo(0.5, TABLE);
    // A&S 26.1 / any statistics table: N(1) = 0.841344746068543, N(1.96) = 0.975002104851780.
    assertThat(StandardNormal.cdf(1)).isCloseTo(0.841344746068543, TABLE);
    assertThat(StandardNormal.cdf(1.96)).isCloseTo(0.975002104851780, TABLE);
    assertThat(StandardNormal.cdf(-3)).isCloseTo(0.00134989803163010, within(1e-16));
    // Beyond |x| = 7.07 a continued fraction takes over, good to about 1e-8 relative in that far tail:
    // N(−8) = 6.220960574271785e-16.
    assertThat(StandardNormal.cdf(-8)).isCloseTo(6.220960574271785e-16, within(1e-23));
  }

  @Test
  void isSymmetricAndBounded() {
    for (double x = -10; x <= 10; x += 0.37) {
      assertThat(StandardNormal.cdf(x) + StandardNormal.cdf(-x)).as("x = %s", x).isCloseTo(1.0, within(1e-15));
    }
    assertThat(StandardNormal.cdf(-40)).isZero();
    assertThat(StandardNormal.cdf(40)).isEqualTo(1.0);
    assertThat(StandardNormal.density(0)).isCloseTo(1 / Math.sqrt(2 * Math.PI), within(1e-16));
  }
}
