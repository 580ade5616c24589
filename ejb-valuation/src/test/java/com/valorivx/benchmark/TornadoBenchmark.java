package com.valorivx.benchmark;

import com.valorivx.engine.dcf.DcfAssumptions;
import com.valorivx.engine.dcf.DiscountRateAssumption.Given;
import com.valorivx.engine.dcf.ExplicitCashFlows;
import com.valorivx.engine.dcf.RevenueProjection;
import com.valorivx.engine.dcf.TerminalValueAssumption.GordonGrowth;
import com.valorivx.engine.dcf.WaccAssumptions;
import com.valorivx.engine.sensitivity.TornadoAnalysis;
import com.valorivx.engine.sensitivity.TornadoAssumptions;
import com.valorivx.engine.sensitivity.TornadoEngine;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
 * Tornado speed (README, "Benchmarks"): the worked five-year DCF with its 4 default bars (9 DCF
 * valuations), and a 10-year projection at a CAPM WACC with its 13 default bars (27 valuations).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TornadoBenchmark {

  private final TornadoAssumptions explicit = new TornadoAssumptions(new DcfAssumptions(
      new ExplicitCashFlows(List.of(100.0, 110.0, 121.0, 133.1, 146.41)), new Given(0.10), new GordonGrowth(0.03),
      false, 200, 0, 0, 100), Map.of());

  private final TornadoAssumptions projected = new TornadoAssumptions(new DcfAssumptions(
      new RevenueProjection(1_000, 10, Collections.nCopies(10, 0.06), Collections.nCopies(10, 0.18), 0.25, 2.0, 0.04),
      new WaccAssumptions(null, 0.04, 1.1, 0.055, 0.06, 0.25, 0.7), new GordonGrowth(0.025), true, 150, 10, 20, 50),
      Map.of());

  @Benchmark
  public TornadoAnalysis explicitFiveYearsFourBars() {
    return TornadoEngine.DEFAULT.analyse(explicit);
  }

  @Benchmark
  public TornadoAnalysis projectedTenYearsWaccThirteenBars() {
    return TornadoEngine.DEFAULT.analyse(projected);
  }
}
