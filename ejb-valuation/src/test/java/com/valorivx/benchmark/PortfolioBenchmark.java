package com.valorivx.benchmark;

import com.valorivx.engine.portfolio.EfficientFrontier;
import com.valorivx.engine.portfolio.Objective;
import com.valorivx.engine.portfolio.PortfolioAssumptions;
import com.valorivx.engine.portfolio.PortfolioOptimizer;
import com.valorivx.engine.portfolio.PortfolioResult;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Portfolio optimiser speed for 50 assets (issue 4): long-only minimum variance with a 10 % cap per
 * asset, maximum Sharpe, and a 50-point efficient frontier (with its tangency portfolio). The
 * covariance is a seeded five-factor model plus specific risk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PortfolioBenchmark {

  private static final int ASSETS = 50;

  private final PortfolioAssumptions minVariance = problem(Objective.MIN_VARIANCE);

  private final PortfolioAssumptions maxSharpe = problem(Objective.MAX_SHARPE);

  static PortfolioAssumptions problem(Objective objective) {
    Random random = new Random(2026);
    int factors = 5;
    double[][] loadings = new double[ASSETS][factors];
    for (double[] row : loadings) {
      for (int k = 0; k < factors; k++) {
        row[k] = 0.05 + 0.1 * random.nextGaussian();
      }
    }
    double[][] cov = new double[ASSETS][ASSETS];
    double[] mu = new double[ASSETS];
    for (int i = 0; i < ASSETS; i++) {
      for (int j = 0; j < ASSETS; j++) {
        double s = 0;
        for (int k = 0; k < factors; k++) {
          s += loadings[i][k] * loadings[j][k];
        }
        cov[i][j] = s + (i == j ? 0.01 + 0.03 * random.nextDouble() : 0);
      }
      mu[i] = 0.03 + 0.10 * random.nextDouble();
    }
    double[] lo = new double[ASSETS];
    double[] hi = new double[ASSETS];
    Arrays.fill(hi, 0.10);
    String[] names = new String[ASSETS];
    Arrays.setAll(names, i -> "Asset " + i);
    return new PortfolioAssumptions(List.of(names), mu, cov, 0.02, objective, null, lo, hi);
  }

  @Benchmark
  public PortfolioResult minimumVariance50Assets() {
    return PortfolioOptimizer.DEFAULT.optimize(minVariance);
  }

  @Benchmark
  public PortfolioResult maximumSharpe50Assets() {
    return PortfolioOptimizer.DEFAULT.optimize(maxSharpe);
  }

  @Benchmark
  public EfficientFrontier frontier50Points50Assets() {
    return PortfolioOptimizer.DEFAULT.frontier(minVariance, 50);
  }
}
