package com.valorivx.engine.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.engine.common.InvalidAssumptionsException;
import org.junit.jupiter.api.Test;

class MertonModelTest {

  /** The book prints V and PD to two or three figures. */
  private static final double BOOK_VALUE_TOLERANCE = 0.005;
  private static final double BOOK_VOLATILITY_TOLERANCE = 0.00005;
  private static final double BOOK_PD_TOLERANCE = 0.0005;
  /** Solved figures must reproduce the inputs to this relative accuracy. */
  private static final double REPRODUCE_TOLERANCE = 1e-8;

  /**
   * J. C. Hull, Options, Futures, and Other Derivatives, 9th edition (Pearson, 2015), section 24.6
   * "Using equity prices to estimate default probabilities", Example 24.3: E = 3, σ_E = 0.80,
   * D = 10, r = 5 %, T = 1 year gives V = 12.40, σ_V = 0.2123, N(−d2) = 12.7 %; the market value
   * of the debt is 12.40 − 3 = 9.40, against 10·e^(−0.05) = 9.51 without default risk.
   */
  private static final MertonAssumptions HULL = new MertonAssumptions(3, 0.80, 10, 1, 0.05, 0.6);

  @Test
  void reproducesTheTextbookExample() {
    MertonResult r = MertonModel.DEFAULT.solve(HULL);
    assertThat(r.assetValue()).isCloseTo(12.40, within(BOOK_VALUE_TOLERANCE));
    assertThat(r.assetVolatility()).isCloseTo(0.2123, within(BOOK_VOLATILITY_TOLERANCE));
    assertThat(r.probabilityOfDefault()).isCloseTo(0.127, within(BOOK_PD_TOLERANCE));
    assertThat(r.marketValueOfDebt()).isCloseTo(9.40, within(BOOK_VALUE_TOLERANCE));
    assertThat(r.distanceToDefault()).isCloseTo(-Inverse.of(r.probabilityOfDefault()), within(1e-9));
    assertThat(r.expectedLoss()).isCloseTo(r.probabilityOfDefault() * 0.6 * 10, within(1e-12));
    // the debt yields ln(10/9.40) ≈ 6.19 %, about 1.2 % over the 5 % risk-free rate
    assertThat(r.creditSpread()).isCloseTo(Math.log(10 / r.marketValueOfDebt()) - 0.05, within(1e-12));
    assertThat(r.creditSpread()).isBetween(0.011, 0.013);
    assertThat(r.method()).isEqualTo("NEWTON");
  }

  @Test
  void theFallbackFindsTheSameSolution() {
    MertonResult newton = MertonModel.DEFAULT.solve(HULL);
    MertonResult brent = MertonModel.DEFAULT.solveByBrent(HULL);
    assertThat(brent.method()).isEqualTo("BRENT");
    assertThat(brent.assetValue()).isCloseTo(newton.assetValue(), within(1e-7));
    assertThat(brent.assetVolatility()).isCloseTo(newton.assetVolatility(), within(1e-8));
  }

  @Test
  void solvedAssetsReproduceEquityValueAndVolatility() {
    for (double debt : new double[] {0.5, 5, 10, 40, 200}) {
      for (double vol : new double[] {0.15, 0.4, 0.8, 1.5}) {
        MertonAssumptions a = new MertonAssumptions(3, vol, debt, 2, 0.03, 0.45);
        MertonResult r = MertonModel.DEFAULT.solve(a);
        double sqrtT = Math.sqrt(2);
        double d2 = r.d1() - r.assetVolatility() * sqrtT;
        double equity = r.assetValue() * MertonModel.cdf(r.d1()) - debt * Math.exp(-0.03 * 2) * MertonModel.cdf(d2);
        double equityVol = MertonModel.cdf(r.d1()) * r.assetVolatility() * r.assetValue() / equity;
        assertThat(equity).as("E at D=%s σE=%s", debt, vol).isCloseTo(3, within(3 * REPRODUCE_TOLERANCE));
        assertThat(equityVol).as("σE at D=%s σE=%s", debt, vol).isCloseTo(vol, within(vol * REPRODUCE_TOLERANCE));
        assertThat(r.distanceToDefault()).isCloseTo(d2, within(1e-12));
      }
    }
  }

  @Test
  void moreLeverageMeansHigherDefaultProbability() {
    double[] debts = {2, 5, 10, 15, 20, 30};
    double[] pd = MertonModel.DEFAULT.probabilityByDebt(HULL, debts);
    for (int i = 1; i < pd.length; i++) {
      assertThat(pd[i]).as("PD at D=%s", debts[i]).isGreaterThan(pd[i - 1]);
    }
  }

  @Test
  void rejectsEveryBadFieldAtOnce() {
    assertThatThrownBy(() -> new MertonAssumptions(0, -1, Double.NaN, 0, -2, 1.5))
        .isInstanceOf(InvalidAssumptionsException.class)
        .extracting(e -> ((InvalidAssumptionsException) e).errors().stream().map(f -> f.field()).toList())
        .asList().containsExactlyInAnyOrder("equityValue", "equityVolatility", "debtFaceValue", "maturityYears",
            "riskFreeRate", "lossGivenDefault");
  }

  /** Inverse of the normal distribution for the distance-to-default check. */
  private static final class Inverse {
    static double of(double p) {
      return new org.hipparchus.distribution.continuous.NormalDistribution().inverseCumulativeProbability(p);
    }
  }
}
