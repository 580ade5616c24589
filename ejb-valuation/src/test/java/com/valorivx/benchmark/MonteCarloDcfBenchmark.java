package com.valorivx.benchmark;

import com.valorivx.engine.dcf.DcfAssumptions;
import com.valorivx.engine.dcf.DiscountRateAssumption.Given;
import com.valorivx.engine.dcf.RevenueProjection;
import com.valorivx.engine.dcf.TerminalValueAssumption.GordonGrowth;
import com.valorivx.engine.montecarlo.Distribution;
import com.valorivx.engine.montecarlo.MonteCarloDcfAssumptions;
import com.valorivx.engine.montecarlo.MonteCarloDcfAssumptions.Distributions;
import com.valorivx.engine.montecarlo.MonteCarloDcfEngine;
import com.valorivx.engine.montecarlo.MonteCarloDcfResult;
import com.valorivx.engine.montecarlo.MonteCarloMonitor;
import java.util.Collections;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Monte Carlo DCF speed in paths per second (README, "Benchmarks"; target ≥ 2 million on two
 * cores): one million paths of a ten-year projection with all four inputs uncertain (normal
 * growth, triangular margin correlated 0.5 through the copula, lognormal discount rate, uniform
 * terminal growth), including the sort for percentiles and the histogram; on one thread and on
 * every core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(MonteCarloDcfBenchmark.PATHS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MonteCarloDcfBenchmark {

  static final int PATHS = 1_000_000;

  private final MonteCarloDcfAssumptions assumptions = new MonteCarloDcfAssumptions(
      new DcfAssumptions(new RevenueProjection(1000, 10, Collections.nCopies(10, 0.06), Collections.nCopies(10, 0.15),
          0.25, 2.0, 0.03), new Given(0.09), new GordonGrowth(0.025), false, 150, 10, 25, 100),
      new Distributions(new Distribution.Normal(0.06, 0.02), new Distribution.Triangular(0.10, 0.15, 0.19),
          new Distribution.LogNormal(0.09, 0.01), new Distribution.Uniform(0.015, 0.03)),
      0.5, PATHS, 42, 10.0, MonteCarloDcfAssumptions.DEFAULT_BINS);

  private final int helpers = Runtime.getRuntime().availableProcessors() - 1;

  private ExecutorService pool;

  @Setup
  public void start() {
    pool = Executors.newFixedThreadPool(Math.max(1, helpers));
  }

  @TearDown
  public void stop() {
    pool.shutdownNow();
  }

  @Benchmark
  public MonteCarloDcfResult oneThread() {
    return MonteCarloDcfEngine.DEFAULT.simulate(assumptions);
  }

  @Benchmark
  public MonteCarloDcfResult allCores() {
    return MonteCarloDcfEngine.DEFAULT.simulate(assumptions, pool, helpers, MonteCarloMonitor.NONE);
  }
}
