package com.valorivx.benchmark;

import com.valorivx.engine.cashflow.CashFlowEngine;
import com.valorivx.engine.cashflow.DatedCashFlow;
import com.valorivx.engine.cashflow.IrrAssumptions;
import com.valorivx.engine.cashflow.IrrResult;
import com.valorivx.engine.cashflow.XirrAssumptions;
import java.time.LocalDate;
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
 * Root-finding speed: IRR of 10 yearly flows, IRR of 120 monthly flows, XIRR of Microsoft's
 * five-flow example, and IRR of flows with two sign changes (the bracketing grid search).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CashFlowBenchmark {

  private final IrrAssumptions tenFlows = new IrrAssumptions(
      List.of(-1_000.0, 120.0, 130.0, 140.0, 150.0, 160.0, 170.0, 180.0, 190.0, 400.0), 0.1);

  private final IrrAssumptions hundredTwentyFlows = new IrrAssumptions(monthly(), 0.1);

  private final XirrAssumptions fiveDatedFlows = new XirrAssumptions(List.of(
      new DatedCashFlow(LocalDate.parse("2008-01-01"), -10_000), new DatedCashFlow(LocalDate.parse("2008-03-01"), 2_750),
      new DatedCashFlow(LocalDate.parse("2008-10-30"), 4_250), new DatedCashFlow(LocalDate.parse("2009-02-15"), 3_250),
      new DatedCashFlow(LocalDate.parse("2009-04-01"), 2_750)), 0.1);

  private final IrrAssumptions twoSignChanges = new IrrAssumptions(List.of(-100.0, 230.0, -132.0), 0.0);

  private static List<Double> monthly() {
    List<Double> flows = new ArrayList<>(120);
    flows.add(-100_000.0);
    for (int month = 1; month < 120; month++) {
      flows.add(1_000.0 + 5.0 * month);
    }
    return flows;
  }

  @Benchmark
  public IrrResult irrOfTenFlows() {
    return CashFlowEngine.DEFAULT.irr(tenFlows);
  }

  @Benchmark
  public IrrResult irrOfHundredTwentyFlows() {
    return CashFlowEngine.DEFAULT.irr(hundredTwentyFlows);
  }

  @Benchmark
  public IrrResult xirrOfFiveFlows() {
    return CashFlowEngine.DEFAULT.xirr(fiveDatedFlows);
  }

  @Benchmark
  public IrrResult irrWithTwoSignChanges() {
    return CashFlowEngine.DEFAULT.irr(twoSignChanges);
  }
}
