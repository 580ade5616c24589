package com.valorivx.benchmark;

import com.valorivx.engine.mna.ConsiderationMix;
import com.valorivx.engine.mna.MnaAccretionGrid;
import com.valorivx.engine.mna.MnaAssumptions;
import com.valorivx.engine.mna.MnaEngine;
import com.valorivx.engine.mna.MnaGridAssumptions;
import com.valorivx.engine.mna.MnaValuation;
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
 * M&amp;A engine speed: one accretion/dilution with its breakeven synergies, and a 10 × 10 accretion
 * grid over premium × stock share (100 deals, each validated).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MnaBenchmark {

  private final MnaAssumptions deal = new MnaAssumptions(500, 100, 60, 100, 1_500,
      new ConsiderationMix(0.4, 0.3, 0.3), 0.06, 0.02, 0.25, 40, 30, 20);

  private final MnaGridAssumptions grid = new MnaGridAssumptions(deal, 1_200,
      List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9),
      List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0));

  @Benchmark
  public MnaValuation accretionDilution() {
    return MnaEngine.DEFAULT.accretionDilution(deal);
  }

  @Benchmark
  public MnaAccretionGrid accretionGrid10x10() {
    return MnaEngine.DEFAULT.accretionGrid(grid);
  }
}
