package com.valorivx.benchmark;

import com.valorivx.engine.common.WorkMonitor;
import com.valorivx.engine.risk.RiskAssumptions;
import com.valorivx.engine.risk.RiskMethod;
import com.valorivx.engine.risk.RiskPosition;
import com.valorivx.engine.risk.RiskResult;
import com.valorivx.engine.risk.ValueAtRiskEngine;
import java.util.ArrayList;
import java.util.List;
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
 * Risk engine speed (README, "Benchmarks"): Monte Carlo VaR/ES with 1 million scenarios over 10
 * correlated positions (equicorrelation 0.4), also as the job runs it (chunks of scenarios with a
 * progress report and a cancel check between them), and the delta-normal answer for the same portfolio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RiskBenchmark {

  private static final int POSITIONS = 10;

  private final RiskAssumptions monteCarlo = assumptions(RiskMethod.MONTE_CARLO, 1_000_000);
  private final RiskAssumptions parametric = assumptions(RiskMethod.PARAMETRIC, 0);

  private static RiskAssumptions assumptions(RiskMethod method, int scenarios) {
    List<RiskPosition> positions = new ArrayList<>();
    double[][] rho = new double[POSITIONS][POSITIONS];
    for (int i = 0; i < POSITIONS; i++) {
      positions.add(new RiskPosition("P" + i, 1_000_000 * (i + 1), 0.01 + 0.002 * i));
      for (int j = 0; j < POSITIONS; j++) {
        rho[i][j] = i == j ? 1 : 0.4;
      }
    }
    return new RiskAssumptions(method, 0.99, 10, positions, rho, null, scenarios, 42, List.of());
  }

  @Benchmark
  public RiskResult monteCarlo1MillionScenarios10Positions() {
    return ValueAtRiskEngine.DEFAULT.run(monteCarlo);
  }

  @Benchmark
  public RiskResult monteCarlo1MillionScenarios10PositionsAsAJob() {
    return ValueAtRiskEngine.DEFAULT.run(monteCarlo, new WorkMonitor() {
      private volatile double progress;

      @Override
      public void progress(long done, long total) {
        progress = (double) done / total;
      }
    });
  }

  @Benchmark
  public RiskResult parametric10Positions() {
    return ValueAtRiskEngine.DEFAULT.run(parametric);
  }
}
