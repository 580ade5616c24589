package com.valorivx.benchmark;

import com.valorivx.engine.dcf.DcfAssumptions;
import com.valorivx.engine.dcf.DcfEngine;
import com.valorivx.engine.dcf.RevenueProjection;
import com.valorivx.engine.dcf.TerminalValueAssumption.GordonGrowth;
import com.valorivx.engine.dcf.WaccAssumptions;
import com.valorivx.workbook.DcfWorkbook;
import com.valorivx.workbook.WorkbookRun;
import java.util.Collections;
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
 * download costs the server.
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

  @Benchmark
  public byte[] dcfTenYearsBuildAndWrite() {
    return DcfWorkbook.write(run, tenYears);
  }
}
