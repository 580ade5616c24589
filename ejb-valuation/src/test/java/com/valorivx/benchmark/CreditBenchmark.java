package com.valorivx.benchmark;

import com.valorivx.engine.credit.AltmanInputs;
import com.valorivx.engine.credit.AltmanModel;
import com.valorivx.engine.credit.AltmanResult;
import com.valorivx.engine.credit.AltmanScorer;
import com.valorivx.engine.credit.MertonAssumptions;
import com.valorivx.engine.credit.MertonModel;
import com.valorivx.engine.credit.MertonResult;
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
 * Credit engine speed: the structural model on the textbook example by two-dimensional Newton (the
 * normal path) and by the nested Brent fallback, and a Z-score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CreditBenchmark {

  private final MertonAssumptions textbook = new MertonAssumptions(3, 0.80, 10, 1, 0.05, 0.6);

  private final AltmanInputs firm = new AltmanInputs(AltmanModel.ORIGINAL, 0.10, 0.20, 0.15, 1.50, 1.20);

  @Benchmark
  public MertonResult mertonNewton() {
    return MertonModel.DEFAULT.solve(textbook);
  }

  @Benchmark
  public MertonResult mertonBrentFallback() {
    return MertonModel.DEFAULT.solveByBrent(textbook);
  }

  @Benchmark
  public AltmanResult altmanScore() {
    return AltmanScorer.DEFAULT.score(firm);
  }
}
