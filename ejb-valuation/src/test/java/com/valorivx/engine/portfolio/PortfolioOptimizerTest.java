package com.valorivx.engine.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.valorivx.engine.common.ModelNotSolvableException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PortfolioOptimizerTest {

  /** The textbook rounds weights to whole percent and the Sharpe ratio to two decimals. */
  private static final double TEXTBOOK_WEIGHT_TOLERANCE = 0.005;

  private static final double TEXTBOOK_SHARPE_TOLERANCE = 0.005;

  /** Closed-form two-asset answers against the optimiser. */
  private static final double EXACT_TOLERANCE = 1e-7;

  private static final double INVARIANT_TOLERANCE = 1e-9;

  private final PortfolioOptimizer optimizer = PortfolioOptimizer.DEFAULT;

  /**
   * Bodie, Kane and Marcus, Investments, 10th ed., chapter 7 ("Optimal Risky Portfolios"), sections
   * 7.2–7.3: a bond fund (E = 8 %, σ = 12 %) and a stock fund (E = 13 %, σ = 20 %), correlation 0.3,
   * T-bills at 5 %. Minimum-variance portfolio: 82 % bonds, 18 % stocks; optimal risky (tangency)
   * portfolio: 40 % bonds, 60 % stocks, E = 11 %, σ = 14.2 %, Sharpe ratio 0.42.
   */
  private static PortfolioAssumptions textbook(Objective objective, Double target, double[] lo, double[] hi) {
    double[][] cov = {{0.12 * 0.12, 0.3 * 0.12 * 0.20}, {0.3 * 0.12 * 0.20, 0.20 * 0.20}};
    return new PortfolioAssumptions(List.of("Bond fund", "Stock fund"), new double[] {0.08, 0.13}, cov, 0.05,
        objective, target, lo, hi);
  }

  private static PortfolioAssumptions textbook(Objective objective) {
    return textbook(objective, null, new double[] {0, 0}, new double[] {Double.POSITIVE_INFINITY,
        Double.POSITIVE_INFINITY});
  }

  @Test
  void textbookMinimumVariance() {
    PortfolioResult r = optimizer.optimize(textbook(Objective.MIN_VARIANCE));
    assertEquals(0.82, r.weights().get(0), TEXTBOOK_WEIGHT_TOLERANCE);
    assertEquals(0.18, r.weights().get(1), TEXTBOOK_WEIGHT_TOLERANCE);
    // closed form: w1 = (σ2² − ρσ1σ2)/(σ1² + σ2² − 2ρσ1σ2) = 0.0328/0.04 = 0.82
    assertEquals(0.82, r.weights().get(0), EXACT_TOLERANCE);
  }

  @Test
  void textbookTangency() {
    PortfolioResult r = optimizer.optimize(textbook(Objective.MAX_SHARPE));
    assertEquals(0.40, r.weights().get(0), TEXTBOOK_WEIGHT_TOLERANCE);
    assertEquals(0.60, r.weights().get(1), TEXTBOOK_WEIGHT_TOLERANCE);
    assertEquals(0.42, r.sharpeRatio(), TEXTBOOK_SHARPE_TOLERANCE);
    assertEquals(0.11, r.expectedReturn(), 1e-6);
    assertEquals(0.142, r.volatility(), 0.0005);
    // closed form: w ∝ Σ⁻¹(μ − rf) gives exactly 0.4 / 0.6
    assertEquals(0.40, r.weights().get(0), 1e-6);
  }

  @Test
  void tangencyAlsoWithShortsAllowedWhenInterior() {
    double inf = Double.POSITIVE_INFINITY;
    PortfolioResult r = optimizer.optimize(textbook(Objective.MAX_SHARPE, null, new double[] {-inf, -inf},
        new double[] {inf, inf}));
    assertEquals(0.40, r.weights().get(0), 1e-6);
  }

  @Test
  void tangencyUnderABindingCapSitsOnTheCap() {
    // two assets, budget one: the Sharpe ratio rises in the stock weight up to the unconstrained 60 %,
    // so a 50 % cap on the stock fund binds and the homogenised programme must end exactly on it
    PortfolioResult r = optimizer.optimize(textbook(Objective.MAX_SHARPE, null, new double[] {0, 0},
        new double[] {1, 0.5}));
    assertEquals(0.5, r.weights().get(1), 1e-9);
    assertEquals(0.5, r.weights().get(0), 1e-9);
  }

  @Test
  void maxSharpeWithoutAnAssetAboveTheRiskFreeRateIsNotSolvable() {
    PortfolioAssumptions base = textbook(Objective.MAX_SHARPE);
    PortfolioAssumptions in = new PortfolioAssumptions(base.assets(), base.expectedReturns(), base.covariance(), 0.15,
        Objective.MAX_SHARPE, null, base.minWeights(), base.maxWeights());
    ModelNotSolvableException e = assertThrows(ModelNotSolvableException.class, () -> optimizer.optimize(in));
    assertEquals("riskFreeRate", e.field());
  }

  @Test
  void targetReturnHitsTheTargetOnTheFrontier() {
    PortfolioResult r = optimizer.optimize(textbook(Objective.TARGET_RETURN, 0.11, new double[] {0, 0},
        new double[] {1, 1}));
    assertEquals(0.11, r.expectedReturn(), INVARIANT_TOLERANCE);
    assertEquals(0.40, r.weights().get(0), 1e-9);
    assertThrows(ModelNotSolvableException.class, () -> optimizer.optimize(textbook(Objective.TARGET_RETURN, 0.20,
        new double[] {0, 0}, new double[] {1, 1})));
  }

  @Test
  void boundsBindExactly() {
    PortfolioResult r = optimizer.optimize(textbook(Objective.MIN_VARIANCE, null, new double[] {0, 0.3},
        new double[] {0.6, 1}));
    // unconstrained 82 % bonds exceeds the 60 % cap: the cap binds
    assertEquals(0.6, r.weights().get(0), 1e-12);
    assertEquals(0.4, r.weights().get(1), 1e-12);
  }

  @Test
  void riskParityEqualisesRiskContributions() {
    Random random = new Random(7);
    PortfolioAssumptions in = randomProblem(random, 8, Objective.RISK_PARITY, false);
    PortfolioResult r = optimizer.optimize(in);
    assertEquals(1, r.weights().stream().mapToDouble(Double::doubleValue).sum(), INVARIANT_TOLERANCE);
    for (double c : r.riskContributions()) {
      assertEquals(1.0 / 8, c, 1e-9);
    }
    r.weights().forEach(w -> assertTrue(w > 0));
  }

  @Test
  void riskParityOfTwoAssetsWeightsInverselyToVolatility() {
    PortfolioResult r = optimizer.optimize(textbook(Objective.RISK_PARITY));
    // with two assets equal contributions hold at w_i ∝ 1/σ_i whatever the correlation
    assertEquals(0.20 / 0.32, r.weights().get(0), 1e-9);
  }

  @Test
  void frontierInvariantsOnRandomProblems() {
    Random random = new Random(42);
    for (int trial = 0; trial < 20; trial++) {
      boolean shorts = trial % 2 == 1;
      PortfolioAssumptions in = randomProblem(random, 3 + trial % 6, Objective.MIN_VARIANCE, shorts);
      EfficientFrontier f = optimizer.frontier(in, 15);
      double previousVol = -1;
      double previousReturn = Double.NEGATIVE_INFINITY;
      for (FrontierPoint p : f.points()) {
        double sum = p.weights().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(1, sum, INVARIANT_TOLERANCE);
        for (int i = 0; i < in.size(); i++) {
          assertTrue(p.weights().get(i) >= in.minWeights()[i] - INVARIANT_TOLERANCE);
          assertTrue(p.weights().get(i) <= in.maxWeights()[i] + INVARIANT_TOLERANCE);
        }
        assertTrue(p.expectedReturn() > previousReturn);
        assertTrue(p.volatility() >= previousVol - INVARIANT_TOLERANCE, "volatility rises along the frontier");
        previousVol = p.volatility();
        previousReturn = p.expectedReturn();
      }
      assertEquals(f.minimumVariance().volatility(), f.points().get(0).volatility(), INVARIANT_TOLERANCE);
      assertNotNull(f.tangency());
      for (FrontierPoint p : f.points()) {
        if (p.sharpeRatio() != null) {
          assertTrue(f.tangency().sharpeRatio() >= p.sharpeRatio() - 1e-9, "tangency beats every frontier point");
        }
      }
      PortfolioResult mvp = optimizer.optimize(in);
      for (FrontierPoint p : f.points()) {
        assertTrue(p.volatility() >= mvp.volatility() - INVARIANT_TOLERANCE);
      }
    }
  }

  @Test
  void minimumVarianceBeatsRandomFeasiblePortfolios() {
    Random random = new Random(3);
    PortfolioAssumptions in = randomProblem(random, 10, Objective.MIN_VARIANCE, false);
    PortfolioResult r = optimizer.optimize(in);
    double best = r.volatility() * r.volatility();
    for (int k = 0; k < 2000; k++) {
      double[] w = new double[10];
      double s = 0;
      for (int i = 0; i < 10; i++) {
        w[i] = -Math.log(random.nextDouble());
        s += w[i];
      }
      for (int i = 0; i < 10; i++) {
        w[i] = Math.min(w[i] / s, in.maxWeights()[i]);
      }
      double total = Arrays.stream(w).sum();
      if (Math.abs(total - 1) > 1e-12) {
        continue;
      }
      assertTrue(PortfolioOptimizer.quadratic(in.covariance(), w) >= best - 1e-12);
    }
  }

  static PortfolioAssumptions randomProblem(Random random, int n, Objective objective, boolean shorts) {
    double[][] factor = new double[n][n + 2];
    for (double[] row : factor) {
      for (int j = 0; j < row.length; j++) {
        row[j] = random.nextGaussian() * 0.1;
      }
    }
    double[][] cov = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int k = 0; k < n + 2; k++) {
          s += factor[i][k] * factor[j][k];
        }
        cov[i][j] = s / (n + 2) + (i == j ? 0.0004 : 0);
      }
    }
    double[] mu = new double[n];
    double[] lo = new double[n];
    double[] hi = new double[n];
    for (int i = 0; i < n; i++) {
      mu[i] = 0.02 + 0.12 * random.nextDouble();
      lo[i] = shorts ? -0.5 : 0;
      hi[i] = shorts ? 1.5 : 0.6;
    }
    String[] names = new String[n];
    Arrays.setAll(names, i -> "A" + i);
    return new PortfolioAssumptions(List.of(names), mu, cov, 0.01, objective, null, lo, hi);
  }

  @Test
  void aMonitoredFrontierReportsEachPointAndEqualsTheUnmonitoredOne() {
    PortfolioAssumptions in = randomProblem(new Random(7), 6, Objective.MIN_VARIANCE, false);
    com.valorivx.engine.common.RecordingMonitor monitor = com.valorivx.engine.common.RecordingMonitor.listening();

    EfficientFrontier watched = optimizer.frontier(in, 40, monitor);

    assertEquals(optimizer.frontier(in, 40), watched);
    // points 1..39 after the minimum-variance portfolio, then the tangency, then done: 41 steps
    assertEquals(41, monitor.total());
    assertEquals(41, monitor.done().size());
    assertEquals(List.of(1L, 2L, 3L), monitor.done().subList(0, 3));
    assertEquals(41L, monitor.done().get(40));
  }

  @Test
  void aCancelledFrontierStopsBetweenPoints() {
    PortfolioAssumptions in = randomProblem(new Random(7), 6, Objective.MIN_VARIANCE, false);
    com.valorivx.engine.common.RecordingMonitor monitor = new com.valorivx.engine.common.RecordingMonitor(5);

    com.valorivx.engine.common.WorkCancelledException stopped = assertThrows(
        com.valorivx.engine.common.WorkCancelledException.class, () -> optimizer.frontier(in, 500, monitor));

    assertEquals("cancelled after 6 of 501 frontier points", stopped.getMessage());
    assertEquals(5, monitor.done().size());
  }
}
