package com.valorivx.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.common.ModelNotSolvableException;
import java.time.LocalDate;
import java.util.List;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.junit.jupiter.api.Test;

class ReturnEstimatorTest {

  /** The hand-computed figures below are exact decimals; only floating-point rounding separates them. */
  private static final double HAND_TOLERANCE = 1e-12;

  /** Sampling error of three years of daily data: about 2/√750 on a correlation, a third of σ on μ. */
  private static final double SAMPLE_CORRELATION_TOLERANCE = 0.12;

  private static final double SAMPLE_VOLATILITY_TOLERANCE = 0.15;

  private final ReturnEstimator estimator = ReturnEstimator.DEFAULT;

  /**
   * Worked by hand (the same figures a spreadsheet gives with AVERAGE, STDEV.S, COVARIANCE.S and
   * CORREL on the return columns):
   *
   * <pre>
   * date        A       B         r_A     r_B
   * 2024-01-01  100     50
   * 2024-01-02  110     51        +0.10   +0.02
   * 2024-01-03   99     52.02     −0.10   +0.02
   * 2024-01-04  108.9   50.9796   +0.10   −0.02
   *
   * mean r_A = 0.1/3,  deviations 0.2/3, −0.4/3, 0.2/3;  Σd² = 0.24/9 → var_A = 0.12/9 = 0.013333…
   * mean r_B = 0.02/3, deviations 0.04/3, 0.04/3, −0.08/3; Σd² = 0.0096/9 → var_B = 0.0048/9
   * Σ d_A·d_B = (0.008 − 0.016 − 0.016)/9 = −0.024/9 → cov = −0.012/9 = −0.0013333…
   * corr = (−0.012/9) / √(0.12/9 · 0.0048/9) = −0.012/0.024 = −0.5
   * </pre>
   *
   * Annualised daily (P = 252): μ·252, σ·√252, cov·252.
   */
  @Test
  void handWorkedTableDaily() {
    PriceHistory h = new PriceHistory(List.of("A", "B"),
        List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3),
            LocalDate.of(2024, 1, 4)),
        new double[][] {{100, 50}, {110, 51}, {99, 52.02}, {108.9, 50.9796}});
    // two assets need three returns: exactly what the table holds
    MarketEstimate e = estimator.estimate(h, null, null, null, Frequency.DAILY, ReturnType.SIMPLE);
    assertThat(e.observations()).isEqualTo(3);
    assertThat(e.periodsPerYear()).isEqualTo(252);
    assertThat(e.expectedReturns().get(0)).isCloseTo(0.1 / 3 * 252, within(HAND_TOLERANCE));
    assertThat(e.expectedReturns().get(1)).isCloseTo(0.02 / 3 * 252, within(HAND_TOLERANCE));
    assertThat(e.volatilities().get(0)).isCloseTo(Math.sqrt(0.12 / 9 * 252), within(HAND_TOLERANCE));
    assertThat(e.volatilities().get(1)).isCloseTo(Math.sqrt(0.0048 / 9 * 252), within(HAND_TOLERANCE));
    assertThat(e.covariance().get(0).get(1)).isCloseTo(-0.012 / 9 * 252, within(HAND_TOLERANCE));
    assertThat(e.correlations().get(0).get(1)).isCloseTo(-0.5, within(HAND_TOLERANCE));
    assertThat(e.covariance().get(0).get(0)).isCloseTo(0.12 / 9 * 252, within(HAND_TOLERANCE));
  }

  @Test
  void logReturnsOfTheSameTable() {
    PriceHistory h = new PriceHistory(List.of("A"),
        List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3),
            LocalDate.of(2024, 1, 4)),
        new double[][] {{100}, {110}, {99}, {108.9}});
    MarketEstimate e = estimator.estimate(h, null, null, null, Frequency.DAILY, ReturnType.LOG);
    // ln(1.1) + ln(0.9) + ln(1.1) = ln(1.089): the mean log return telescopes to ln(108.9/100)/3
    assertThat(e.expectedReturns().get(0)).isCloseTo(Math.log(1.089) / 3 * 252, within(HAND_TOLERANCE));
  }

  @Test
  void invariantsOnTheSample() {
    MarketEstimate e = estimator.estimate(SyntheticMarket.samplePrices(), null, null, null, Frequency.DAILY,
        ReturnType.LOG);
    int n = e.assets().size();
    double[][] cov = new double[n][n];
    for (int i = 0; i < n; i++) {
      assertThat(e.correlations().get(i).get(i)).isEqualTo(1.0);
      for (int j = 0; j < n; j++) {
        assertThat(e.correlations().get(i).get(j)).isEqualTo(e.correlations().get(j).get(i));
        assertThat(e.covariance().get(i).get(j)).isEqualTo(e.covariance().get(j).get(i));
        assertThat(Math.abs(e.correlations().get(i).get(j))).isLessThanOrEqualTo(1.0);
        // cov = ρ σ_i σ_j
        assertThat(e.covariance().get(i).get(j)).isCloseTo(
            e.correlations().get(i).get(j) * e.volatilities().get(i) * e.volatilities().get(j), within(1e-12));
        cov[i][j] = e.covariance().get(i).get(j);
      }
      assertThat(e.volatilities().get(i)).isCloseTo(Math.sqrt(cov[i][i]), within(1e-12));
    }
    double smallest = java.util.Arrays.stream(new EigenDecompositionSymmetric(new Array2DRowRealMatrix(cov))
        .getEigenvalues()).min().orElseThrow();
    assertThat(smallest).isPositive();
    // the generator's parameters come back within sampling error
    for (int i = 0; i < n; i++) {
      assertThat(e.volatilities().get(i)).isCloseTo(SyntheticMarket.VOLATILITY[i],
          within(SAMPLE_VOLATILITY_TOLERANCE * SyntheticMarket.VOLATILITY[i]));
      for (int j = 0; j < n; j++) {
        assertThat(e.correlations().get(i).get(j)).isCloseTo(SyntheticMarket.CORRELATION[i][j],
            within(SAMPLE_CORRELATION_TOLERANCE));
      }
    }
  }

  @Test
  void annualisationScalesWithThePeriodsPerYear() {
    PriceHistory h = SyntheticMarket.samplePrices();
    MarketEstimate daily = estimator.estimate(h, List.of("SYNA"), null, null, Frequency.DAILY, ReturnType.LOG);
    MarketEstimate monthly = estimator.estimate(h, List.of("SYNA"), null, null, Frequency.MONTHLY, ReturnType.LOG);
    MarketEstimate weekly = estimator.estimate(h, List.of("SYNA"), null, null, Frequency.WEEKLY, ReturnType.LOG);
    assertThat(monthly.periodsPerYear()).isEqualTo(12);
    assertThat(weekly.periodsPerYear()).isEqualTo(52);
    assertThat(monthly.observations()).isEqualTo(35); // 36 month-ends in 2022–2024
    assertThat(weekly.observations()).isBetween(155, 157);
    // log returns add up: the mean log return × observations is the log of last over first price,
    // so the annualised means of all frequencies agree up to the span each covers
    double total = Math.log(h.values()[h.dates().size() - 1][0] / h.values()[0][0]);
    assertThat(daily.expectedReturns().get(0) * daily.observations() / 252).isCloseTo(total, within(1e-12));
    // volatility estimates of one process at different frequencies agree within sampling error
    assertThat(monthly.volatilities().get(0)).isCloseTo(daily.volatilities().get(0), within(0.25 * 0.2));
    assertThat(weekly.volatilities().get(0)).isCloseTo(daily.volatilities().get(0), within(0.15 * 0.2));
  }

  @Test
  void windowAndSymbolsSelect() {
    PriceHistory h = SyntheticMarket.samplePrices();
    MarketEstimate e = estimator.estimate(h, List.of("SYNC", "SYNA"), LocalDate.of(2023, 1, 1),
        LocalDate.of(2023, 12, 31), Frequency.DAILY, ReturnType.SIMPLE);
    assertThat(e.assets()).containsExactly("SYNC", "SYNA");
    assertThat(e.firstDate()).isEqualTo(LocalDate.of(2023, 1, 2));
    assertThat(e.lastDate()).isEqualTo(LocalDate.of(2023, 12, 29));
    assertThat(e.observations()).isEqualTo(259); // 260 weekdays in 2023
  }

  @Test
  void tooFewReturnsNameTheWindow() {
    PriceHistory h = SyntheticMarket.samplePrices();
    assertThatThrownBy(() -> estimator.estimate(h, null, LocalDate.of(2024, 12, 1), null, Frequency.MONTHLY,
        ReturnType.SIMPLE)).isInstanceOf(InvalidAssumptionsException.class)
        .satisfies(x -> assertThat(((InvalidAssumptionsException) x).errors().get(0).field()).isEqualTo("from"));
    assertThatThrownBy(() -> estimator.estimate(h, List.of("NOPE"), null, null, Frequency.DAILY, ReturnType.SIMPLE))
        .isInstanceOf(InvalidAssumptionsException.class)
        .satisfies(x -> assertThat(((InvalidAssumptionsException) x).errors().get(0).field()).isEqualTo("symbols[0]"));
  }

  @Test
  void aFlatSeriesCannotBeCorrelated() {
    PriceHistory h = new PriceHistory(List.of("A", "B"),
        List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3),
            LocalDate.of(2024, 1, 4)),
        new double[][] {{100, 50}, {110, 50}, {99, 50}, {108.9, 50}});
    assertThatThrownBy(() -> estimator.estimate(h, null, null, null, Frequency.DAILY, ReturnType.SIMPLE))
        .isInstanceOf(ModelNotSolvableException.class);
  }
}
