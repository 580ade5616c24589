package com.valorivx.benchmark;

import com.valorivx.engine.forecast.ForecastAssumptions;
import com.valorivx.engine.forecast.ForecastEngine;
import com.valorivx.engine.forecast.ForecastMethod;
import com.valorivx.engine.forecast.ForecastResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
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
 * Forecast engine speed: both methods on 120 monthly values (a seeded noisy trend), 24 periods
 * ahead with a 24-value holdout; Holt's α and β* fitted twice (full history and backtest).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ForecastBenchmark {

  private final ForecastAssumptions fitted = assumptions(null, null);
  private final ForecastAssumptions given = assumptions(0.3, 0.1);

  private static ForecastAssumptions assumptions(Double alpha, Double beta) {
    Random random = new Random(42);
    List<Double> history = new ArrayList<>();
    for (int t = 0; t < 120; t++) {
      history.add(1000 + 12.5 * t + 40 * random.nextGaussian());
    }
    return new ForecastAssumptions(history, 24, Set.of(ForecastMethod.LINEAR_TREND, ForecastMethod.HOLT), alpha,
        beta, 0.95, 24);
  }

  @Benchmark
  public ForecastResult bothMethodsHoltFitted120Values() {
    return ForecastEngine.DEFAULT.forecast(fitted);
  }

  @Benchmark
  public ForecastResult bothMethodsHoltGiven120Values() {
    return ForecastEngine.DEFAULT.forecast(given);
  }
}
