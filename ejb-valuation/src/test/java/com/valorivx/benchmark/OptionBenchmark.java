package com.valorivx.benchmark;

import com.valorivx.engine.option.BinomialAssumptions;
import com.valorivx.engine.option.BinomialTreePricer;
import com.valorivx.engine.option.BlackScholesMertonPricer;
import com.valorivx.engine.option.ExerciseStyle;
import com.valorivx.engine.option.MonteCarloAssumptions;
import com.valorivx.engine.option.MonteCarloOptionPricer;
import com.valorivx.engine.option.OptionAssumptions;
import com.valorivx.engine.option.OptionType;
import com.valorivx.engine.option.OptionValuation;
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
 * Option engine speed (README, "Benchmarks"): Black-Scholes price and greeks, a 500-step American
 * binomial put with its greeks (five trees: one for price, delta, gamma and theta, two each for
 * vega and rho), and 100,000 antithetic Monte Carlo pairs with greeks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OptionBenchmark {

  private final OptionAssumptions european =
      new OptionAssumptions(OptionType.CALL, ExerciseStyle.EUROPEAN, 49, 50, 0.3846, 0.05, 0.20, 0.01);

  private final BinomialAssumptions americanTree = BinomialAssumptions.coxRossRubinstein(
      new OptionAssumptions(OptionType.PUT, ExerciseStyle.AMERICAN, 50, 50, 5.0 / 12, 0.10, 0.40, 0), 500);

  private final MonteCarloAssumptions monteCarlo = new MonteCarloAssumptions(european, 100_000, 42);

  @Benchmark
  public OptionValuation blackScholesPriceAndGreeks() {
    return BlackScholesMertonPricer.DEFAULT.value(european);
  }

  @Benchmark
  public OptionValuation americanBinomial500Steps() {
    return BinomialTreePricer.DEFAULT.value(americanTree);
  }

  @Benchmark
  public OptionValuation monteCarlo100kPaths() {
    return MonteCarloOptionPricer.DEFAULT.value(monteCarlo);
  }
}
