package com.valorivx.workbook;

import static com.valorivx.workbook.DcfWorkbookTest.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.valorivx.engine.common.ModelNotSolvableException;
import com.valorivx.engine.lbo.LboEngine;
import com.valorivx.engine.lbo.LboValuation;
import com.valorivx.engine.lbo.LboYear;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The LBO workbook's formulas, evaluated by POI from the written bytes, give the engine's sources
 * and uses, debt schedule, exit and returns (the IRR by Excel's IRR function) for every variant,
 * and every input cell moves the workbook as the engine moves for the same change. Tolerance:
 * {@link DcfWorkbookTest#TOLERANCE} (1e-9, relative above 1, absolute below).
 */
class LboWorkbookTest {

  private static final List<String> INPUTS = List.of("EntryEbitda", "EntryMultiple", "TransactionFees",
      "TrancheAmount", "TrancheInterestRate", "TrancheAmortizationRate", "EbitdaGrowth", "CashConversion", "Revenue",
      "RevenueGrowth", "EbitdaMargin", "DepreciationRate", "CapexRate", "NwcRate", "TaxRate", "CashSweepRate",
      "MinimumCash", "ExitMultiple");

  /** Published figures of the issue's worked example are quoted to the cent and to a hundredth of a point. */
  private static final Offset<Double> CENT = Offset.offset(0.005);

  static Stream<LboSpec> variants() {
    return Stream.of(
        // Issue 3, "LBO": 8× on EBITDA 100, debt 500 at 8 % on the opening balance, equity 300, EBITDA +5 %,
        // cash before interest 50 %, 100 % sweep, exit year 5 at 8×.
        issueExample("issue example, opening balance"),
        issueExample("issue example, average balance").average(),
        threeTranches("three tranches, full model, opening balance"),
        threeTranches("three tranches, full model, average balance").average(),
        LboSpec.deal("all equity, shrinking EBITDA: a loss with a finite negative IRR", 100, 10, 0, 4, 5)
            .simple(-0.2, 0.3),
        issueExample("total loss: exit at 3×").withExit(3),
        LboSpec.deal("bullet notes first, partial sweep, minimum cash, fees, ten years", 80, 9, 12, 10, 10)
            .tranche("Notes", 150, 0.09, 0, false).tranche("Term loan", 300, 0.07, 0.02, true)
            .simple(0.04, 0.6).sweep(0.5, 15),
        LboSpec.deal("expensive debt on the average balance", 50, 6, 0, 3, 6)
            .tranche("Mezzanine", 150, 0.30, 0, true).simple(0.1, 0.9).average());
  }

  private static LboSpec issueExample(String label) {
    return LboSpec.deal(label, 100, 8, 0, 5, 8).tranche("Senior", 500, 0.08, 0, true).simple(0.05, 0.5);
  }

  private static LboSpec threeTranches(String label) {
    return LboSpec.deal(label, 220, 7, 30, 5, 8)
        .tranche("Term loan A", 300, 0.06, 0.10, true)
        .tranche("Term loan B", 300, 0.075, 0.01, true)
        .tranche("Senior notes", 200, 0.095, 0, false)
        .full(1000, 0.06, 0.22, 0.04, 0.045, 0.12, 0.25).sweep(0.75, 25);
  }

  private static byte[] written(LboSpec spec) {
    return LboWorkbook.write(WorkbookRun.unstored("LBO", LboEngine.VERSION), spec.toAssumptions());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void formulasGiveTheEnginesFigures(LboSpec spec) throws IOException {
    LboValuation engine = LboEngine.DEFAULT.value(spec.toAssumptions());
    try (OpenedWorkbook workbook = new OpenedWorkbook(written(spec))) {
      DcfWorkbookTest.assertNoFormulaFails(workbook);
      assertMatches(workbook, engine);
    }
  }

  @Test
  void theIssuesWorkedExample() throws IOException {
    try (OpenedWorkbook workbook = new OpenedWorkbook(written(issueExample("issue example")))) {
      assertThat(workbook.number("ExitDebt")).isCloseTo(396.83, CENT);
      assertThat(workbook.number("ExitEquityValue")).isCloseTo(624.19, CENT);
      assertThat(workbook.number("Moic")).isCloseTo(2.081, Offset.offset(0.0005));
      assertThat(workbook.number("EquityIrr")).isCloseTo(0.1578, Offset.offset(0.00005));
      assertThat(workbook.cell("EquityIrr").getCellFormula()).contains("IRR(");
    }
  }

  @Test
  void aTotalLossSaysSoInsteadOfAnIrr() throws IOException {
    LboSpec spec = issueExample("total loss").withExit(3);
    assertThat(LboEngine.DEFAULT.value(spec.toAssumptions()).totalLoss()).isTrue();
    try (OpenedWorkbook workbook = new OpenedWorkbook(written(spec))) {
      assertThat(workbook.text("EquityIrr")).isEqualTo("total loss");
      assertThat(workbook.number("Moic")).isZero();
      workbook.set(workbook.cell("ExitMultiple"), 8);
      assertThat(workbook.number("EquityIrr")).isCloseTo(0.1578, Offset.offset(0.00005));
    }
  }

  /** Each input of each variant, changed in its cell, against the engine given the same change. */
  @TestFactory
  Stream<DynamicTest> everyInputCellIsLive() {
    return variants().flatMap(spec -> {
      byte[] bytes = written(spec);
      List<DynamicTest> tests = new ArrayList<>();
      try (OpenedWorkbook probe = new OpenedWorkbook(bytes)) {
        tests.addAll(probe.perInput(spec, INPUTS, (input, index) -> assertInputIsLive(bytes, spec, input, index)));
        if (probe.has("TrancheCashSweep")) {
          int index = probe.cells("TrancheCashSweep").size() / 2;
          tests.add(DynamicTest.dynamicTest(spec + ": TrancheCashSweep[" + index + "]",
              () -> assertSweepFlagIsLive(bytes, spec, index)));
        }
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      return tests.stream();
    });
  }

  private static void assertInputIsLive(byte[] bytes, LboSpec spec, String input, int index) throws IOException {
    try (OpenedWorkbook workbook = new OpenedWorkbook(bytes)) {
      Cell cell = workbook.cells(input).get(index);
      assertThat(cell.getCellType()).as(input + " is an input, not a formula").isEqualTo(CellType.NUMERIC);
      double changed = changed(input, cell.getNumericCellValue());
      assertChangeFollowsTheEngine(workbook, spec, spec.with(input, index, changed), () -> workbook.set(cell, changed));
    }
  }

  private static void assertSweepFlagIsLive(byte[] bytes, LboSpec spec, int index) throws IOException {
    try (OpenedWorkbook workbook = new OpenedWorkbook(bytes)) {
      Cell cell = workbook.cells("TrancheCashSweep").get(index);
      assertThat(cell.getCellType()).isEqualTo(CellType.BOOLEAN);
      boolean flag = cell.getBooleanCellValue();
      assertChangeFollowsTheEngine(workbook, spec, spec.toggleSweep(index), () -> workbook.set(cell, !flag));
    }
  }

  private static void assertChangeFollowsTheEngine(OpenedWorkbook workbook, LboSpec before, LboSpec after,
      Runnable edit) {
    LboValuation engineBefore = LboEngine.DEFAULT.value(before.toAssumptions());
    List<Double> workbookBefore = fingerprint(workbook);
    edit.run();
    LboValuation engineAfter;
    try {
      engineAfter = LboEngine.DEFAULT.value(after.toAssumptions());
    } catch (ModelNotSolvableException cashShort) {
      // The engine refuses a year whose cash cannot pay the scheduled repayment; the workbook says so.
      assertThat(texts(workbook, "CashCheck")).as(cashShort.getMessage()).anyMatch(t -> t.startsWith("short"));
      return;
    }
    assertMatches(workbook, engineAfter);
    boolean engineMoved = moved(fingerprint(engineBefore), fingerprint(engineAfter));
    assertThat(moved(workbookBefore, fingerprint(workbook))).as("the workbook moved as the engine did")
        .isEqualTo(engineMoved);
  }

  /** Whether any figure changed by more than the comparison tolerance (the engine's iteration leaves noise below it). */
  private static boolean moved(List<Double> before, List<Double> after) {
    for (int i = 0; i < before.size(); i++) {
      if (Math.abs(after.get(i) - before.get(i)) > DcfWorkbookTest.TOLERANCE * Math.max(1, Math.abs(before.get(i)))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> texts(OpenedWorkbook workbook, String name) {
    FormulaEvaluator evaluator = workbook.workbook.getCreationHelper().createFormulaEvaluator();
    return workbook.cells(name).stream().map(c -> evaluator.evaluate(c).getStringValue()).toList();
  }

  /** A change the variants' checks accept: rates up a point, multiples up half a turn, amounts up a tenth. */
  private static double changed(String input, double value) {
    return switch (input) {
      case "TrancheInterestRate", "TrancheAmortizationRate", "EbitdaGrowth", "RevenueGrowth", "EbitdaMargin",
          "DepreciationRate", "CapexRate", "NwcRate", "TaxRate" -> value + 0.01;
      case "CashConversion", "CashSweepRate" -> value >= 0.1 ? value - 0.1 : value + 0.1;
      case "EntryMultiple", "ExitMultiple" -> value + 0.5;
      case "TrancheAmount" -> value * 1.02;
      default -> value * 1.1 + 1;
    };
  }

  private static void assertMatches(OpenedWorkbook workbook, LboValuation engine) {
    List<LboYear> years = engine.years();
    List<Runnable> checks = new ArrayList<>();
    scalar(checks, workbook, "EntryEnterpriseValue", engine.entryEnterpriseValue());
    scalar(checks, workbook, "TotalUses", engine.totalUses());
    scalar(checks, workbook, "TotalDebt", engine.totalDebt());
    scalar(checks, workbook, "EquityInvested", engine.equityInvested());
    scalar(checks, workbook, "TotalSources", engine.totalSources());
    scalar(checks, workbook, "ExitEbitda", engine.exitEbitda());
    scalar(checks, workbook, "ExitEnterpriseValue", engine.exitEnterpriseValue());
    scalar(checks, workbook, "ExitDebt", engine.exitDebt());
    scalar(checks, workbook, "ExitCash", engine.exitCash());
    scalar(checks, workbook, "ExitNetDebt", engine.exitNetDebt());
    scalar(checks, workbook, "ExitEquityValue", engine.exitEquityValue());
    scalar(checks, workbook, "Moic", engine.moic());
    if (engine.irr() != null) {
      scalar(checks, workbook, "EquityIrr", engine.irr());
      scalar(checks, workbook, "EquityIrrClosedForm", engine.irr());
    } else {
      checks.add(() -> assertThat(workbook.text("EquityIrr")).isEqualTo("total loss"));
    }
    row(checks, workbook, "Ebitda", years, LboYear::ebitda);
    row(checks, workbook, "Interest", years, LboYear::interest);
    row(checks, workbook, "DebtRepayment", years, LboYear::debtRepayment);
    row(checks, workbook, "EndingDebt", years, LboYear::endingDebt);
    row(checks, workbook, "Cash", years, LboYear::cash);
    if (years.get(0).revenue() != null) {
      row(checks, workbook, "RevenueByYear", years, LboYear::revenue);
    }
    assertAll(checks.stream().map(check -> check::run));
  }

  private static void scalar(List<Runnable> checks, OpenedWorkbook workbook, String name, double expected) {
    checks.add(() -> assertClose(name, workbook.number(name), expected));
  }

  private static void row(List<Runnable> checks, OpenedWorkbook workbook, String name, List<LboYear> years,
      ToDoubleFunction<LboYear> field) {
    checks.add(() -> {
      List<Double> actual = workbook.numbers(name);
      assertThat(actual).as(name).hasSize(years.size());
      for (int i = 0; i < years.size(); i++) {
        assertClose(name + "[" + i + "]", actual.get(i), field.applyAsDouble(years.get(i)));
      }
    });
  }

  private static List<Double> fingerprint(OpenedWorkbook workbook) {
    List<Double> figures = new ArrayList<>(List.of(workbook.number("EquityInvested"),
        workbook.number("ExitEquityValue"), workbook.number("Moic")));
    figures.addAll(workbook.numbers("EndingDebt"));
    figures.addAll(workbook.numbers("Cash"));
    figures.addAll(workbook.numbers("Ebitda"));
    return figures;
  }

  private static List<Double> fingerprint(LboValuation engine) {
    List<Double> figures = new ArrayList<>(List.of(engine.equityInvested(), engine.exitEquityValue(), engine.moic()));
    engine.years().forEach(y -> figures.add(y.endingDebt()));
    engine.years().forEach(y -> figures.add(y.cash()));
    engine.years().forEach(y -> figures.add(y.ebitda()));
    return figures;
  }
}
