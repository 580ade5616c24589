package com.valorivx.benchmark;

import com.valorivx.engine.dcf.DcfAssumptions;
import com.valorivx.engine.dcf.DcfEngine;
import com.valorivx.engine.dcf.RevenueProjection;
import com.valorivx.engine.dcf.TerminalValueAssumption.GordonGrowth;
import com.valorivx.engine.dcf.WaccAssumptions;
import com.valorivx.engine.lbo.DebtTranche;
import com.valorivx.engine.lbo.FullOperatingModel;
import com.valorivx.engine.lbo.InterestBasis;
import com.valorivx.engine.lbo.LboAssumptions;
import com.valorivx.engine.lbo.LboEngine;
import com.valorivx.workbook.DcfWorkbook;
import com.valorivx.workbook.LboWorkbook;
import com.valorivx.workbook.WorkbookRun;
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
 * Workbook speed (README, "Benchmarks"): build and write the workbook of a 10-year revenue
 * projection with a CAPM WACC, every formula evaluated and cached, to {@code .xlsx} bytes: what one
 * download costs the server. The same for a five-year, three-tranche LBO on the full operating
 * model, with interest on the opening balance and on the average balance (its unrolled passes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WorkbookBenchmark {

  private final DcfAssumptions tenYears = new DcfAssumptions(
      new RevenueProjection(1_000, 10, Collections.nCopies(10, 0.06), Collections.nCopies(10, 0.18), 0.25, 2.0, 0.04),
      new WaccAssumptions(null, 0.04, 1.1, 0.055, 0.06, 0.25, 0.7), new GordonGrowth(0.025), true, 150, 10, 20, 50);

  private final WorkbookRun run = WorkbookRun.unstored("DCF", DcfEngine.VERSION);

  private final LboAssumptions lboOpening = new LboAssumptions(220, 7, 30, 5, List.of(
      new DebtTranche("Term loan A", 300, 0.06, 0.10, true),
      new DebtTranche("Term loan B", 300, 0.075, 0.01, true),
      new DebtTranche("Senior notes", 200, 0.095, 0, false)),
      new FullOperatingModel(1000, 0.06, 0.22, 0.04, 0.045, 0.12, 0.25), InterestBasis.OPENING_BALANCE, 0.75, 25, 8);

  private final LboAssumptions lboAverage = lboOpening.withBasis(InterestBasis.AVERAGE_BALANCE);

  private final WorkbookRun lboRun = WorkbookRun.unstored("LBO", LboEngine.VERSION);

  @Benchmark
  public byte[] dcfTenYearsBuildAndWrite() {
    return DcfWorkbook.write(run, tenYears);
  }

  @Benchmark
  public byte[] lboFiveYearsOpeningBalanceBuildAndWrite() {
    return LboWorkbook.write(lboRun, lboOpening);
  }

  @Benchmark
  public byte[] lboFiveYearsAverageBalanceBuildAndWrite() {
    return LboWorkbook.write(lboRun, lboAverage);
  }
}
