package com.valorivx.benchmark;

import com.valorivx.engine.realoption.RealOptionAssumptions;
import com.valorivx.engine.realoption.RealOptionKind;
import com.valorivx.engine.realoption.RealOptionMethod;
import com.valorivx.engine.realoption.RealOptionPricer;
import com.valorivx.engine.realoption.RealOptionValuation;
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
 * Real-option speed: an abandonment put by Black-Scholes, and the same put as an American
 * 500-step lattice (one tree: the price alone).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RealOptionBenchmark {

  private final RealOptionAssumptions blackScholes = new RealOptionAssumptions(RealOptionKind.ABANDON,
      RealOptionMethod.BLACK_SCHOLES, 254, 250, 0, 150, 0, 5, 0.2, 0.04, 0.04, 0);

  private final RealOptionAssumptions binomial = new RealOptionAssumptions(RealOptionKind.ABANDON,
      RealOptionMethod.BINOMIAL, 254, 250, 0, 150, 0, 5, 0.2, 0.04, 0.04, 500);

  @Benchmark
  public RealOptionValuation abandonBlackScholes() {
    return RealOptionPricer.DEFAULT.value(blackScholes);
  }

  @Benchmark
  public RealOptionValuation abandonAmericanBinomial500Steps() {
    return RealOptionPricer.DEFAULT.value(binomial);
  }
}
