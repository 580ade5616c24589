package com.valorivx.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.engine.common.FieldError;
import com.valorivx.engine.common.InvalidAssumptionsException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueAtRiskEngineTest {

  /** Published figures are printed to the dollar. */
  private static final double PUBLISHED_DOLLAR = 1.0;
  /** Floating-point noise on sums of money of the order of millions. */
  private static final double ROUNDING = 1e-6;
  /** Hull prints the 99 % normal quantile rounded to 2.33. */
  private static final double HULL_Z99 = 2.33;

  private static final ValueAtRiskEngine ENGINE = ValueAtRiskEngine.DEFAULT;

  private static final List<RiskPosition> MSFT_ATT = List.of(
      new RiskPosition("Microsoft", 10_000_000, 0.02), new RiskPosition("AT&T", 5_000_000, 0.01));
  private static final double[][] RHO_03 = {{1, 0.3}, {0.3, 1}};

  private static RiskAssumptions parametric(List<RiskPosition> positions, double[][] rho, double confidence, int days) {
    return new RiskAssumptions(RiskMethod.PARAMETRIC, confidence, days, positions, rho, null, 0, 0, List.of());
  }

  private static RiskAssumptions monteCarlo(List<RiskPosition> positions, double[][] rho, double confidence, int days,
      int scenarios, long seed) {
    return new RiskAssumptions(RiskMethod.MONTE_CARLO, confidence, days, positions, rho, null, scenarios, seed, List.of());
  }

  private static RiskAssumptions historical(double[] losses, double confidence) {
    return new RiskAssumptions(RiskMethod.HISTORICAL, confidence, 1, List.of(), null, losses, 0, 0, List.of());
  }

  /**
   * J. C. Hull, "Options, Futures, and Other Derivatives" (8th ed.), ch. 21 "Value at Risk", the
   * two-asset linear-model example (the same example appears in Hull, "Risk Management and Financial
   * Institutions", ch. "Model-Building Approach"): $10 m in Microsoft (2 % daily volatility) and $5 m in
   * AT&amp;T (1 %), correlation 0.3. σ_p = $220,227 a day; 10-day 99 % VaR = 220,227 × √10 × 2.33 =
   * $1,622,657; stand-alone 1,473,621 and 368,405; diversification benefit $219,369. Hull rounds the
   * quantile to 2.33, so the engine's exact VaR is rescaled by 2.33 / z before comparing.
   */
  @Test
  void hullMicrosoftAttTenDay99() {
    RiskResult r = ENGINE.run(parametric(MSFT_ATT, RHO_03, 0.99, 10));
    double z = r.valueAtRisk() / r.portfolioVolatility();
    assertThat(z).isCloseTo(2.3263478740, within(1e-9));
    assertThat(r.portfolioVolatility() / Math.sqrt(10)).isCloseTo(220_227, within(PUBLISHED_DOLLAR));
    assertThat(r.valueAtRisk() * HULL_Z99 / z).isCloseTo(1_622_657, within(PUBLISHED_DOLLAR));
    double msft = ENGINE.run(parametric(MSFT_ATT.subList(0, 1), new double[][] {{1}}, 0.99, 10)).valueAtRisk();
    double att = ENGINE.run(parametric(MSFT_ATT.subList(1, 2), new double[][] {{1}}, 0.99, 10)).valueAtRisk();
    assertThat(msft * HULL_Z99 / z).isCloseTo(1_473_621, within(PUBLISHED_DOLLAR));
    assertThat(att * HULL_Z99 / z).isCloseTo(368_405, within(PUBLISHED_DOLLAR));
    assertThat((msft + att - r.valueAtRisk()) * HULL_Z99 / z).isCloseTo(219_369, within(2 * PUBLISHED_DOLLAR));
  }

  /**
   * Hull, "Risk Management and Financial Institutions" (4th ed.), ch. 13 "Historical Simulation",
   * the 500-scenario illustration: the five largest losses are 477,841, 345,435, 282,204, 277,041 and
   * 253,385, so the one-day 99 % VaR is the fifth, $253,385, and the expected shortfall their mean,
   * $327,181.
   */
  @Test
  void hullHistoricalFiveHundredScenarios() {
    double[] losses = new double[500];
    double[] worst = {477_841, 345_435, 282_204, 277_041, 253_385};
    for (int i = 0; i < losses.length; i++) {
      losses[i] = i < worst.length ? worst[i] : 250_000 - 1_000.0 * i;
    }
    RiskResult r = ENGINE.run(historical(losses, 0.99));
    assertThat(r.tailCount()).isEqualTo(5);
    assertThat(r.valueAtRisk()).isCloseTo(253_385, within(ROUNDING));
    assertThat(r.expectedShortfall()).isCloseTo(327_181.2, within(ROUNDING));
  }

  @Test
  void historicalConventionRoundsTheTailUp() {
    double[] losses = new double[101];
    for (int i = 0; i < losses.length; i++) {
      losses[i] = i;
    }
    // k = ceil(101 × 0.05) = ceil(5.05) = 6 → sixth largest loss is 95; ES = mean(95..100) = 97.5
    RiskResult r = ENGINE.run(historical(losses, 0.95));
    assertThat(r.tailCount()).isEqualTo(6);
    assertThat(r.valueAtRisk()).isEqualTo(95);
    assertThat(r.expectedShortfall()).isEqualTo(97.5);
    assertThat(ValueAtRiskEngine.tailCount(500, 0.99)).isEqualTo(5);
    assertThat(ValueAtRiskEngine.tailCount(1000, 0.975)).isEqualTo(25);
  }

  @Test
  void parametricExpectedShortfallIsSigmaTimesDensityOverTail() {
    RiskResult r = ENGINE.run(parametric(MSFT_ATT, RHO_03, 0.975, 1));
    // φ(1.959964) / 0.025 = 2.337803 (the 97.5 % ES multiplier of the Basel FRTB calibration)
    assertThat(r.expectedShortfall() / r.portfolioVolatility()).isCloseTo(2.3378027922, within(1e-8));
    assertThat(r.expectedShortfall()).isGreaterThan(r.valueAtRisk());
  }

  @Test
  void esAtLeastVarAndVarMonotoneInConfidence() {
    double previous = Double.NEGATIVE_INFINITY;
    for (double c : new double[] {0.5, 0.8, 0.9, 0.95, 0.975, 0.99, 0.999}) {
      RiskResult r = ENGINE.run(parametric(MSFT_ATT, RHO_03, c, 1));
      assertThat(r.expectedShortfall()).isGreaterThanOrEqualTo(r.valueAtRisk());
      assertThat(r.valueAtRisk()).isGreaterThan(previous);
      previous = r.valueAtRisk();
    }
  }

  @Test
  void horizonScalesBySquareRootOfDays() {
    double one = ENGINE.run(parametric(MSFT_ATT, RHO_03, 0.99, 1)).valueAtRisk();
    double ten = ENGINE.run(parametric(MSFT_ATT, RHO_03, 0.99, 10)).valueAtRisk();
    assertThat(ten / one).isCloseTo(Math.sqrt(10), within(1e-12));
  }

  @Test
  void diversificationOnlyWhenCorrelationBelowOne() {
    for (double rho : new double[] {-0.5, 0, 0.3, 0.9}) {
      RiskResult r = ENGINE.run(parametric(MSFT_ATT, new double[][] {{1, rho}, {rho, 1}}, 0.99, 1));
      double standAlone = standAlone(0) + standAlone(1);
      assertThat(r.valueAtRisk()).isLessThan(standAlone);
    }
    RiskResult perfect = ENGINE.run(parametric(MSFT_ATT, new double[][] {{1, 1}, {1, 1}}, 0.99, 1));
    assertThat(perfect.valueAtRisk()).isCloseTo(standAlone(0) + standAlone(1), within(ROUNDING));
  }

  private static double standAlone(int i) {
    return ENGINE.run(parametric(MSFT_ATT.subList(i, i + 1), new double[][] {{1}}, 0.99, 1)).valueAtRisk();
  }

  @Test
  void componentVarsSumToTotal() {
    List<RiskPosition> three = List.of(new RiskPosition("A", 1_000_000, 0.015), new RiskPosition("B", -400_000, 0.03),
        new RiskPosition("C", 750_000, 0.01));
    double[][] rho = {{1, 0.4, -0.2}, {0.4, 1, 0.1}, {-0.2, 0.1, 1}};
    RiskResult r = ENGINE.run(parametric(three, rho, 0.99, 5));
    double sum = r.components().stream().mapToDouble(RiskResult.ComponentVar::componentVar).sum();
    double shares = r.components().stream().mapToDouble(RiskResult.ComponentVar::share).sum();
    assertThat(sum).isCloseTo(r.valueAtRisk(), within(ROUNDING));
    assertThat(shares).isCloseTo(1, within(1e-12));
    // Hull's example: Microsoft's component = 0.02·10m·(0.02·10m + 0.3·0.01·5m)/σ_p · z
    RiskResult hull = ENGINE.run(parametric(MSFT_ATT, RHO_03, 0.99, 1));
    double expected = 200_000.0 * (200_000 + 0.3 * 50_000) / 220_227.155455 * 2.3263478740;
    assertThat(hull.components().get(0).componentVar()).isCloseTo(expected, within(0.01));
  }

  @Test
  void monteCarloConvergesToParametricWithinStandardErrors() {
    RiskResult exact = ENGINE.run(parametric(MSFT_ATT, RHO_03, 0.99, 10));
    RiskResult mc = ENGINE.run(monteCarlo(MSFT_ATT, RHO_03, 0.99, 10, 200_000, 42));
    assertThat(mc.standardError()).isPositive().isLessThan(0.01 * exact.valueAtRisk());
    assertThat(Math.abs(mc.valueAtRisk() - exact.valueAtRisk())).isLessThan(4 * mc.standardError());
    assertThat(mc.expectedShortfall() / exact.expectedShortfall()).isCloseTo(1, within(0.02));
    assertThat(mc.scenarioCount()).isEqualTo(200_000);
    assertThat(mc.tailCount()).isEqualTo(2_000);
  }

  @Test
  void monteCarloIsReproducibleBySeed() {
    RiskResult a = ENGINE.run(monteCarlo(MSFT_ATT, RHO_03, 0.95, 1, 10_000, 7));
    RiskResult b = ENGINE.run(monteCarlo(MSFT_ATT, RHO_03, 0.95, 1, 10_000, 7));
    RiskResult c = ENGINE.run(monteCarlo(MSFT_ATT, RHO_03, 0.95, 1, 10_000, 8));
    assertThat(a.valueAtRisk()).isEqualTo(b.valueAtRisk());
    assertThat(a.expectedShortfall()).isEqualTo(b.expectedShortfall());
    assertThat(a.valueAtRisk()).isNotEqualTo(c.valueAtRisk());
  }

  @Test
  void monteCarloAcceptsSingularCorrelation() {
    RiskResult mc = ENGINE.run(monteCarlo(MSFT_ATT, new double[][] {{1, 1}, {1, 1}}, 0.99, 1, 100_000, 1));
    RiskResult exact = ENGINE.run(parametric(MSFT_ATT, new double[][] {{1, 1}, {1, 1}}, 0.99, 1));
    assertThat(Math.abs(mc.valueAtRisk() - exact.valueAtRisk())).isLessThan(4 * mc.standardError());
  }

  @Test
  void stressScenariosGiveProfitAndLoss() {
    RiskAssumptions a = new RiskAssumptions(RiskMethod.PARAMETRIC, 0.99, 1, MSFT_ATT, RHO_03, null, 0, 0,
        List.of(new StressScenario("crash", Map.of("Microsoft", -0.2, "AT&T", -0.1)),
            new StressScenario("tech", Map.of("Microsoft", -0.3))));
    RiskResult r = ENGINE.run(a);
    assertThat(r.stress()).extracting(RiskResult.StressResult::name).containsExactly("crash", "tech");
    assertThat(r.stress().get(0).profitAndLoss()).isCloseTo(-2_500_000, within(ROUNDING));
    assertThat(r.stress().get(1).profitAndLoss()).isCloseTo(-3_000_000, within(ROUNDING));
  }

  @Test
  void rejectsBadCorrelationsAndNamesTheField() {
    assertThat(errors(parametricRaw(MSFT_ATT, new double[][] {{1, 0.3}, {0.2, 1}}))).contains("correlations");
    assertThat(errors(parametricRaw(MSFT_ATT, new double[][] {{1, 0.3}, {0.3, 0.9}}))).contains("correlations[1][1]");
    List<RiskPosition> three = List.of(new RiskPosition("A", 1, 0.01), new RiskPosition("B", 1, 0.01),
        new RiskPosition("C", 1, 0.01));
    // pairwise valid but jointly impossible: eigenvalue 1 − 2·0.9… < 0
    double[][] notPsd = {{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}};
    assertThat(errors(parametricRaw(three, notPsd))).contains("correlations");
    assertThat(errors(parametricRaw(three, RHO_03))).contains("correlations");
  }

  @Test
  void rejectsConfidenceDuplicateNamesAndUnknownShockTargets() {
    assertThatThrownBy(() -> parametric(MSFT_ATT, RHO_03, 1.0, 1)).isInstanceOf(InvalidAssumptionsException.class);
    assertThatThrownBy(() -> parametric(MSFT_ATT, RHO_03, 0.0, 1)).isInstanceOf(InvalidAssumptionsException.class);
    List<RiskPosition> twins = List.of(new RiskPosition("X", 1, 0.01), new RiskPosition("X", 2, 0.01));
    assertThat(errors(parametricRaw(twins, RHO_03))).contains("positions[1].name");
    List<String> fields = errors(() -> new RiskAssumptions(RiskMethod.PARAMETRIC, 1.5, 0, MSFT_ATT, RHO_03, null, 0, 0,
        List.of(new StressScenario("s", Map.of("Nokia", -0.1)))));
    assertThat(fields).contains("confidence", "horizonDays", "stress[0].shocks.Nokia");
  }

  private static Runnable parametricRaw(List<RiskPosition> positions, double[][] rho) {
    return () -> parametric(positions, rho, 0.99, 1);
  }

  private static List<String> errors(Runnable build) {
    try {
      build.run();
    } catch (InvalidAssumptionsException e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
    throw new AssertionError("accepted");
  }

  @Test
  void aMonitoredMonteCarloRunReportsEveryChunkAndGivesTheSameAnswerAsAnUnmonitoredOne() {
    // the job runs the chunked path, the synchronous endpoint the plain one: same seed, same figures
    int scenarios = 2 * ValueAtRiskEngine.SCENARIO_CHUNK + 1234;
    RiskAssumptions a = monteCarlo(MSFT_ATT, RHO_03, 0.99, 10, scenarios, 7L);
    com.valorivx.engine.common.RecordingMonitor monitor = com.valorivx.engine.common.RecordingMonitor.listening();

    RiskResult chunked = ENGINE.run(a, monitor);
    RiskResult plain = ENGINE.run(a);

    assertThat(chunked).isEqualTo(plain);
    assertThat(monitor.done()).containsExactly(0L, (long) ValueAtRiskEngine.SCENARIO_CHUNK,
        2L * ValueAtRiskEngine.SCENARIO_CHUNK, (long) scenarios);
    assertThat(monitor.total()).isEqualTo(scenarios);
  }

  @Test
  void aCancelledMonteCarloRunStopsBetweenChunks() {
    RiskAssumptions a = monteCarlo(MSFT_ATT, RHO_03, 0.99, 1, 10 * ValueAtRiskEngine.SCENARIO_CHUNK, 7L);
    com.valorivx.engine.common.RecordingMonitor monitor = new com.valorivx.engine.common.RecordingMonitor(2);

    assertThatThrownBy(() -> ENGINE.run(a, monitor))
        .isInstanceOf(com.valorivx.engine.common.WorkCancelledException.class)
        .hasMessage("cancelled after " + 2 * ValueAtRiskEngine.SCENARIO_CHUNK + " of " + 10 * ValueAtRiskEngine.SCENARIO_CHUNK
            + " scenarios");
    assertThat(monitor.done()).containsExactly(0L, (long) ValueAtRiskEngine.SCENARIO_CHUNK);
  }
}
