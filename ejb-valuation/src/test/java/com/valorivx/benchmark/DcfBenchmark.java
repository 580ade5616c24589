package com.valorivx.benchmark;

import com.valorivx.engine.dcf.DcfAssumptions;
import com.valorivx.engine.dcf.DcfEngine;
import com.valorivx.engine.dcf.DcfSensitivity;
import com.valorivx.engine.dcf.DcfSensitivityEngine;
import com.valorivx.engine.dcf.DcfValuation;
import com.valorivx.engine.dcf.DiscountRateAssumption.Given;
import com.valorivx.engine.dcf.ExplicitCashFlows;
import com.valorivx.engine.dcf.RevenueProjection;
import com.valorivx.engine.dcf.TerminalValueAssumption.GordonGrowth;
import java.util.Collections;
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
 * Engine speed (README, "Benchmarks"): one DCF on explicit flows, one on a 10-year revenue
 * projection, and a 5 × 5 sensitivity grid.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DcfBenchmark {

  private final DcfAssumptions explicit = new DcfAssumptions(
      new ExplicitCashFlows(List.of(100.0, 110.0, 121.0, 133.1, 146.41)), new Given(0.10), new GordonGrowth(0.03),
      false, 200, 0, 0, 100);

  private final DcfAssumptions projected = new DcfAssumptions(
      new RevenueProjection(1_000, 10, Collections.nCopies(10, 0.06), Collections.nCopies(10, 0.18), 0.25, 2.0, 0.04),
      new Given(0.09), new GordonGrowth(0.025), true, 150, 10, 20, 50);

  private final List<Double> rates = List.of(0.08, 0.09, 0.10, 0.11, 0.12);
  private final List<Double> growths = List.of(0.02, 0.025, 0.03, 0.035, 0.04);

  @Benchmark
  public DcfValuation explicitFiveYears() {
    return DcfEngine.DEFAULT.value(explicit);
  }

  @Benchmark
  public DcfValuation projectedTenYears() {
    return DcfEngine.DEFAULT.value(projected);
  }

  @Benchmark
  public DcfSensitivity sensitivityFiveByFive() {
    return DcfSensitivityEngine.DEFAULT.byGrowth(projected, rates, growths);
  }
}
