package com.valorivx.engine.montecarlo;

import static com.valorivx.engine.montecarlo.MonteCarloExamples.assumptions;
import static com.valorivx.engine.montecarlo.MonteCarloExamples.base;
import static com.valorivx.engine.montecarlo.MonteCarloExamples.fullDistributions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.common.ModelNotSolvableException;
import com.valorivx.engine.dcf.DcfAssumptions;
import com.valorivx.engine.dcf.DcfEngine;
import com.valorivx.engine.dcf.DiscountRateAssumption.Given;
import com.valorivx.engine.dcf.TerminalValueAssumption.GordonGrowth;
import com.valorivx.engine.montecarlo.Distribution.Normal;
import com.valorivx.engine.montecarlo.Distribution.Uniform;
import com.valorivx.engine.montecarlo.MonteCarloDcfAssumptions.Distributions;
import com.valorivx.engine.montecarlo.MonteCarloDcfResult.HistogramBin;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MonteCarloDcfEngineTest {

  /** Relative gap allowed between the path loop's running discount factor and DcfEngine's Math.pow. */
  private static final double ROUNDING = 1e-12;
  /** A sample mean lands within four standard errors of the truth except about once in 16,000 runs. */
  private static final double STANDARD_ERRORS = 4;
  /** Sample standard deviations and normal quantiles of 200,000 paths, relative. */
  private static final double SAMPLE_SPREAD = 0.02;

  private static final MonteCarloDcfEngine ENGINE = MonteCarloDcfEngine.DEFAULT;

  private static ExecutorService pool;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(3);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void zeroVarianceDistributionsGiveTheDcfEngineValueOnEveryPath() {
    for (boolean midYear : new boolean[] {false, true}) {
      Distributions fixed = new Distributions(new Normal(0.08, 0), new Uniform(0.12, 0.12),
          new Distribution.Triangular(0.095, 0.095, 0.095), new Distribution.LogNormal(0.02, 0));
      MonteCarloDcfAssumptions a = new MonteCarloDcfAssumptions(base(0.06, 0.15, 0.09, 0.025, midYear), fixed, 0,
          1000, 7, null, 10);
      double expected = DcfEngine.DEFAULT.value(base(0.08, 0.12, 0.095, 0.02, midYear)).valuePerShare();

      MonteCarloDcfResult r = ENGINE.simulate(a);

      double tolerance = Math.abs(expected) * ROUNDING;
      assertThat(r.min()).isCloseTo(expected, within(tolerance));
      assertThat(r.max()).isCloseTo(expected, within(tolerance));
      assertThat(r.mean()).isCloseTo(expected, within(tolerance));
      assertThat(r.stdDev()).isCloseTo(0, within(tolerance));
      assertThat(r.invalidPaths()).isZero();
    }
  }

  @Test
  void undrawnInputsKeepTheBasePerYearValues() {
    List<Double> growth = List.of(0.12, 0.10, 0.09, 0.07, 0.05);
    List<Double> margin = List.of(0.08, 0.10, 0.12, 0.14, 0.15);
    DcfAssumptions base = base(growth, margin, 0.10, 0.02, false);
    MonteCarloDcfAssumptions a = new MonteCarloDcfAssumptions(base, Distributions.NONE, 0, 500, 1, null, 10);

    MonteCarloDcfResult r = ENGINE.simulate(a);

    double expected = DcfEngine.DEFAULT.value(base).valuePerShare();
    assertThat(r.median()).isCloseTo(expected, within(Math.abs(expected) * ROUNDING));
    assertThat(r.stdDev()).isCloseTo(0, within(Math.abs(expected) * ROUNDING));
  }

  /**
   * With zero growth, revenue stays at 1,000 and reinvestment at 0, so FCFF_t = m·1,000·(1 − tax):
   * the value per share is linear in the margin m, hence normal when m is, with mean = the DCF value
   * at the mean margin and sd = |slope|·sd(m); the slope is the DCF value difference per unit margin.
   */
  @Test
  void linearCaseMatchesTheAnalyticMeanStandardDeviationAndQuantiles() {
    double meanMargin = 0.15;
    double sdMargin = 0.03;
    DcfAssumptions zeroGrowth = base(0.0, meanMargin, 0.09, 0.0, false);
    MonteCarloDcfAssumptions a = new MonteCarloDcfAssumptions(zeroGrowth,
        new Distributions(null, new Normal(meanMargin, sdMargin), null, null), 0, 200_000, 2024, null, 40);
    double atMean = DcfEngine.DEFAULT.value(zeroGrowth).valuePerShare();
    double slope = DcfEngine.DEFAULT.value(base(0.0, meanMargin + 0.01, 0.09, 0.0, false)).valuePerShare() - atMean;
    double sd = Math.abs(slope) / 0.01 * sdMargin;

    MonteCarloDcfResult r = ENGINE.simulate(a);

    assertThat(r.mean()).isCloseTo(atMean, within(STANDARD_ERRORS * r.standardError()));
    assertThat(r.standardError()).isCloseTo(r.stdDev() / Math.sqrt(200_000), within(1e-12));
    assertThat(r.stdDev()).isCloseTo(sd, within(sd * SAMPLE_SPREAD));
    // Normal quantiles: z(0.95) = 1.6449, z(0.75) = 0.6745.
    assertThat(r.percentiles().p95()).isCloseTo(atMean + 1.6449 * sd, within(sd * SAMPLE_SPREAD * 3));
    assertThat(r.percentiles().p5()).isCloseTo(atMean - 1.6449 * sd, within(sd * SAMPLE_SPREAD * 3));
    assertThat(r.percentiles().p75()).isCloseTo(atMean + 0.6745 * sd, within(sd * SAMPLE_SPREAD * 3));
    assertThat(r.median()).isCloseTo(atMean, within(sd * SAMPLE_SPREAD));
  }

  @Test
  void sameSeedGivesTheSameResultWhateverTheThreadCount() {
    MonteCarloDcfAssumptions a = assumptions(fullDistributions(), 0.5, 100_001, 99);

    MonteCarloDcfResult alone = ENGINE.simulate(a);
    MonteCarloDcfResult fourThreads = ENGINE.simulate(a, pool, 3, MonteCarloMonitor.NONE);
    MonteCarloDcfResult again = ENGINE.simulate(a, pool, 3, MonteCarloMonitor.NONE);

    assertThat(fourThreads).isEqualTo(alone);
    assertThat(again).isEqualTo(alone);
    assertThat(ENGINE.simulate(assumptions(fullDistributions(), 0.5, 100_001, 100)).mean())
        .isNotEqualTo(alone.mean());
  }

  @Test
  void growthAndMarginDrawsHaveTheRequestedCorrelation() {
    for (double rho : new double[] {-0.7, 0.0, 0.4, 0.9}) {
      MonteCarloDcfAssumptions a = assumptions(
          new Distributions(new Normal(0.05, 0.02), new Normal(0.15, 0.03), null, null), rho, 100_000, 5);
      double[][] draws = new MonteCarloDcfEngine.Plan(a).drawInputs(0, 100_000);

      // The standard error of a sample correlation is about (1 − ρ²)/√n ≤ 0.0032 here.
      assertThat(correlation(draws[0], draws[1])).as("rho %s", rho).isCloseTo(rho, within(0.015));
    }
  }

  @Test
  void percentilesAreOrderedAndTheHistogramHoldsEveryValidPath() {
    MonteCarloDcfResult r = ENGINE.simulate(assumptions(fullDistributions(), 0.3, 50_000, 11));

    var p = r.percentiles();
    assertThat(List.of(r.min(), p.p5(), p.p25(), p.p50(), p.p75(), p.p95(), r.max())).isSorted();
    assertThat(r.median()).isEqualTo(p.p50());
    long inBins = r.histogram().stream().mapToLong(HistogramBin::count).sum();
    assertThat(inBins + r.belowHistogram() + r.aboveHistogram()).isEqualTo(r.validPaths());
    assertThat(r.histogram()).hasSize(MonteCarloDcfAssumptions.DEFAULT_BINS);
    assertThat(r.histogram().get(0).from()).isLessThan(p.p5());
    assertThat(r.histogram().get(r.histogram().size() - 1).to()).isGreaterThan(p.p95());
  }

  @Test
  void probabilityAbovePriceIsTheShareOfPathsAboveIt() {
    MonteCarloDcfAssumptions median = new MonteCarloDcfAssumptions(base(), fullDistributions(), 0.3, 40_000, 3,
        ENGINE.simulate(assumptions(fullDistributions(), 0.3, 40_000, 3)).median(), 40);
    MonteCarloDcfResult r = ENGINE.simulate(median);

    assertThat(r.probabilityAbovePrice()).isCloseTo(0.5, within(1.0 / 40_000));
    MonteCarloDcfResult cheap = ENGINE.simulate(new MonteCarloDcfAssumptions(base(), fullDistributions(), 0.3,
        40_000, 3, r.min() / 2, 40));
    assertThat(cheap.probabilityAbovePrice()).isEqualTo(1.0);
    assertThat(ENGINE.simulate(new MonteCarloDcfAssumptions(base(), fullDistributions(), 0.3, 1000, 3, null, 40))
        .probabilityAbovePrice()).isNull();
  }

  /** r ~ U(1 %, 5 %) against g = 3 %: half the paths have no Gordon value and are counted, not clamped. */
  @Test
  void pathsWhereTheDiscountRateIsNotAboveTerminalGrowthAreCountedAndLeftOut() {
    MonteCarloDcfResult r = ENGINE.simulate(new MonteCarloDcfAssumptions(base(0.06, 0.15, 0.09, 0.03, false),
        new Distributions(null, null, new Uniform(0.01, 0.05), null), 0, 100_000, 8, null, 40));

    assertThat(r.invalidReasons().discountRateNotAboveTerminalGrowth()).isEqualTo(r.invalidPaths());
    assertThat((double) r.invalidPaths() / r.paths()).isCloseTo(0.5, within(0.01));
    assertThat(r.validPaths() + r.invalidPaths()).isEqualTo(100_000);
    assertThat(r.min()).isPositive();
    assertThat(Double.isFinite(r.max())).isTrue();
  }

  @Test
  void whenNoPathHasAValueTheModelIsNotSolvable() {
    assertThatThrownBy(() -> ENGINE.simulate(new MonteCarloDcfAssumptions(base(0.06, 0.15, 0.09, 0.03, false),
        new Distributions(null, null, new Uniform(0.0, 0.02), null), 0, 1000, 8, null, 40)))
        .isInstanceOf(ModelNotSolvableException.class)
        .hasMessageContaining("discountRateNotAboveTerminalGrowth=1000");
  }

  @Test
  void aCancelledSimulationStopsAtABlockBoundary() {
    AtomicInteger reports = new AtomicInteger();
    MonteCarloMonitor cancelAfterFirst = new MonteCarloMonitor() {
      @Override
      public void progress(long pathsDone, long paths) {
        reports.incrementAndGet();
      }

      @Override
      public boolean cancelled() {
        return reports.get() > 0;
      }
    };

    assertThatThrownBy(() -> ENGINE.simulate(assumptions(fullDistributions(), 0, 1_000_000, 1), pool, 3,
        cancelAfterFirst)).isInstanceOf(MonteCarloCancelledException.class);
  }

  @Test
  void progressIsReportedUpToEveryPath() {
    List<Long> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    MonteCarloMonitor monitor = new MonteCarloMonitor() {
      @Override
      public void progress(long pathsDone, long paths) {
        seen.add(pathsDone);
      }
    };

    ENGINE.simulate(assumptions(fullDistributions(), 0, 100_000, 1), pool, 1, monitor);

    assertThat(seen).isSorted();
    assertThat(seen.get(seen.size() - 1)).isEqualTo(100_000L);
    assertThat(seen.size()).isGreaterThan(1);
  }

  @Test
  void everyBadParameterIsNamedAtOnce() {
    Distributions bad = new Distributions(new Normal(0.05, -0.01), new Distribution.LogNormal(-0.1, 0.02),
        new Distribution.Triangular(0.08, 0.07, 0.10), new Uniform(0.03, 0.01));

    assertThatThrownBy(() -> new MonteCarloDcfAssumptions(base(), bad, 1.5, 10, 1, -3.0, 2))
        .isInstanceOfSatisfying(InvalidAssumptionsException.class, e -> assertThat(e.errors())
            .extracting(com.valorivx.engine.common.FieldError::field)
            .containsExactlyInAnyOrder("distributions.revenueGrowth.stdDev", "distributions.ebitMargin.mean",
                "distributions.discountRate.mode", "distributions.terminalGrowth.max", "correlationGrowthMargin",
                "paths", "price", "histogramBins"));
  }

  @Test
  void correlationNeedsBothGrowthAndMarginDistributions() {
    assertThatThrownBy(() -> assumptions(new Distributions(new Normal(0.05, 0.01), null, null, null), 0.5, 1000, 1))
        .isInstanceOfSatisfying(InvalidAssumptionsException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("correlationGrowthMargin"));
  }

  @Test
  void theBaseMustBeAProjectionWithGordonGrowth() {
    DcfAssumptions exitMultiple = new DcfAssumptions(base().cashFlows(), new Given(0.09),
        new com.valorivx.engine.dcf.TerminalValueAssumption.ExitMultiple(8, null), false, 0, 0, 0, 1);
    DcfAssumptions explicit = new DcfAssumptions(new com.valorivx.engine.dcf.ExplicitCashFlows(List.of(1.0, 2.0)),
        new Given(0.09), new GordonGrowth(0.02), false, 0, 0, 0, 1);

    assertThatThrownBy(() -> new MonteCarloDcfAssumptions(exitMultiple, null, 0, 1000, 1, null, 10))
        .hasMessageContaining("base.terminal.method");
    assertThatThrownBy(() -> new MonteCarloDcfAssumptions(explicit, null, 0, 1000, 1, null, 10))
        .hasMessageContaining("base.projection");
  }

  /**
   * Pinned to the Microsoft Excel PERCENTILE.INC documentation example: PERCENTILE.INC({1,2,3,4}, 0.3)
   * = 1.9 (the same R-7 rule).
   */
  @Test
  void percentileFollowsTheSpreadsheetRule() {
    assertThat(MonteCarloDcfEngine.percentile(new double[] {1, 2, 3, 4}, 4, 0.3)).isCloseTo(1.9, within(1e-12));
    assertThat(MonteCarloDcfEngine.percentile(new double[] {1, 2, 3, 4}, 4, 1.0)).isEqualTo(4);
  }

  @Test
  void selectedQuantilesEqualThoseOfAFullSort() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(4);
    double[] levels = {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99};
    for (int n : new int[] {2, 3, 50, 1001, 100_000}) {
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        values[i] = i % 7 == 0 ? 1.5 : Math.floor(random.nextGaussian() * 100) / 10; // ties on purpose
      }
      double[] sorted = values.clone();
      java.util.Arrays.sort(sorted);

      double[] selected = MonteCarloDcfEngine.quantiles(values, n, levels);

      for (int k = 0; k < levels.length; k++) {
        assertThat(selected[k]).as("n %s level %s", n, levels[k])
            .isEqualTo(MonteCarloDcfEngine.percentile(sorted, n, levels[k]));
      }
    }
  }

  private static double correlation(double[] x, double[] y) {
    double mx = java.util.Arrays.stream(x).average().orElseThrow();
    double my = java.util.Arrays.stream(y).average().orElseThrow();
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }
}
