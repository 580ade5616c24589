package com.valorivx.benchmark;

import com.valorivx.engine.lbo.DebtTranche;
import com.valorivx.engine.lbo.FullOperatingModel;
import com.valorivx.engine.lbo.InterestBasis;
import com.valorivx.engine.lbo.LboAssumptions;
import com.valorivx.engine.lbo.LboEngine;
import com.valorivx.engine.lbo.LboValuation;
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
 * LBO engine speed (README, "Benchmarks"): a five-year buyout with three tranches (amortising
 * swept term loan A, swept term loan B, bullet notes) on the full operating model, with interest on
 * the opening balance and on the average balance (fixed-point iteration each year).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LboBenchmark {

  private final LboAssumptions opening = new LboAssumptions(220, 7, 30, 5, List.of(
      new DebtTranche("Term loan A", 300, 0.06, 0.10, true),
      new DebtTranche("Term loan B", 300, 0.075, 0.01, true),
      new DebtTranche("Senior notes", 200, 0.095, 0, false)),
      new FullOperatingModel(1000, 0.06, 0.22, 0.04, 0.045, 0.12, 0.25), InterestBasis.OPENING_BALANCE, 0.75, 25, 8);

  private final LboAssumptions average = opening.withBasis(InterestBasis.AVERAGE_BALANCE);

  @Benchmark
  public LboValuation openingBalance5Years3Tranches() {
    return LboEngine.DEFAULT.value(opening);
  }

  @Benchmark
  public LboValuation averageBalance5Years3Tranches() {
    return LboEngine.DEFAULT.value(average);
  }
}
