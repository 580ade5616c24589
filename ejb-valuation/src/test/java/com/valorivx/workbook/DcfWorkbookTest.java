package com.valorivx.workbook;

import static com.valorivx.workbook.DcfSpec.each;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.valorivx.engine.dcf.DcfEngine;
import com.valorivx.engine.dcf.DcfValuation;
import com.valorivx.engine.dcf.DcfValuation.DcfYear;
import com.valorivx.workbook.WorkbookRun.StoredFigure;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DCF workbook's formulas, evaluated by POI from the written bytes, give the engine's figures
 * for every variant; and changing any input cell moves the workbook exactly as the engine moves
 * when that input changes, so the cells are live formulas rather than pasted values.
 */
class DcfWorkbookTest {

  /**
   * Workbook against engine: |workbook − engine| ≤ TOLERANCE × max(1, |engine|), i.e. relative
   * for figures above 1 and absolute below. The issue asks for 1e-6; both sides do the same
   * double arithmetic in the same order, so a far tighter bound holds.
   */
  static final double TOLERANCE = 1e-9;

  private static final List<String> INPUTS = List.of("FreeCashFlows", "BaseRevenue", "RevenueGrowth", "EbitMargin",
      "ProjectionTaxRate", "SalesToCapital", "DepreciationRate", "GivenDiscountRate", "GivenCostOfEquity",
      "RiskFreeRate", "Beta", "EquityRiskPremium", "PreTaxCostOfDebt", "WaccTaxRate", "EquityWeight",
      "TerminalGrowth", "ExitMultiple", "GivenTerminalEbitda", "NetDebt", "MinorityInterest", "NonOperatingAssets",
      "SharesOutstanding");

  /** Every variant: explicit or projected flows, given rate or WACC (CAPM or given k_e), Gordon or exit multiple, timing, bridge. */
  static Stream<DcfSpec> variants() {
    return Stream.of(
        // The foundation issue's worked example (engine pinned to 1,792.21 / 15.92 a share in DcfEngineTest).
        DcfSpec.explicit("explicit, given rate, Gordon", 100.0, 110.0, 121.0, 133.1, 146.41).rate(0.10).gordon(0.03)
            .bridge(200, 0, 0, 100),
        DcfSpec.explicit("explicit, given rate, Gordon, mid-year, full bridge", 80.0, 95.0, 102.5, 110.0).rate(0.09)
            .gordon(0.02).midYear().bridge(350, 40, 75, 62.5),
        DcfSpec.explicit("explicit, given rate, exit multiple with EBITDA", 50.0, 60.0, 70.0).rate(0.11)
            .exit(7.5, 140.0).bridge(-120, 0, 10, 30),
        DcfSpec.explicit("explicit, CAPM WACC, Gordon", 12.0, -4.0, 20.0, 31.0, 35.5, 40.0).capm(0.04, 1.25, 0.055,
            0.065, 0.25, 0.7).gordon(0.015).bridge(90, 5, 0, 12),
        DcfSpec.explicit("explicit, given cost of equity, exit multiple, mid-year", 1_000.0, 1_100.0)
            .givenCostOfEquity(0.12, 0.07, 0.3, 0.55).exit(11, 2_000.0).midYear().bridge(4_000, 250, 600, 310),
        DcfSpec.projection("projection, one growth and margin, given rate, Gordon", 1_000, each(10, 0.06),
            each(10, 0.18), 0.25, 2.0, 0.04).rate(0.09).gordon(0.025).midYear().bridge(150, 10, 20, 50),
        DcfSpec.projection("projection by year, CAPM WACC, exit multiple on projected EBITDA", 2_500,
            List.of(0.12, 0.10, 0.08, 0.06, 0.04), List.of(0.10, 0.12, 0.14, 0.15, 0.15), 0.21, 1.6, 0.05)
            .capm(0.035, 1.1, 0.06, 0.055, 0.21, 0.8).exit(9.5, null).bridge(800, 0, 0, 120),
        DcfSpec.projection("projection by year, given cost of equity, exit multiple on given EBITDA, mid-year", 640,
            List.of(0.3, 0.2, 0.1), List.of(-0.05, 0.05, 0.12), 0.28, 1.2, 0.08)
            .givenCostOfEquity(0.14, 0.08, 0.28, 0.9).exit(12, 150.0).midYear().bridge(-40, 15, 5, 18),
        DcfSpec.projection("projection of one year, given rate, Gordon", 300, List.of(-0.1), List.of(0.2), 0.35, 3.0,
            0.0).rate(0.08).gordon(0.0).bridge(0, 0, 0, 1),
        DcfSpec.explicit("explicit, fifty years, given rate, Gordon", fifty()).rate(0.075).gordon(0.02)
            .bridge(1_000, 0, 0, 400));
  }

  private static Double[] fifty() {
    Double[] flows = new Double[50];
    for (int t = 0; t < 50; t++) {
      flows[t] = t < 3 ? -50.0 + 10 * t : 20.0 + 1.5 * t;
    }
    return flows;
  }

  private static byte[] written(DcfSpec spec) {
    return DcfWorkbook.write(WorkbookRun.unstored("DCF", DcfEngine.VERSION), spec.toAssumptions());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void formulasGiveTheEnginesFigures(DcfSpec spec) throws IOException {
    DcfValuation engine = DcfEngine.DEFAULT.value(spec.toAssumptions());
    try (OpenedWorkbook workbook = new OpenedWorkbook(written(spec))) {
      assertNoFormulaFails(workbook);
      assertMatches(workbook, engine);
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
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      tests.add(DynamicTest.dynamicTest(spec + ": MidYear", () -> assertMidYearIsLive(bytes, spec)));
      return tests.stream();
    });
  }

  private static void assertInputIsLive(byte[] bytes, DcfSpec spec, String input, int index) throws IOException {
    try (OpenedWorkbook workbook = new OpenedWorkbook(bytes)) {
      List<Double> before = fingerprint(workbook);
      Cell cell = workbook.cells(input).get(index);
      assertThat(cell.getCellType()).as(input + " is an input, not a formula").isEqualTo(CellType.NUMERIC);
      double changed = changed(input, cell.getNumericCellValue());
      workbook.set(cell, changed);

      DcfValuation engine = DcfEngine.DEFAULT.value(spec.with(input, index, changed).toAssumptions());
      assertMatches(workbook, engine);
      assertThat(fingerprint(workbook)).as("the workbook moved when " + input + " changed").isNotEqualTo(before);
    }
  }

  private static void assertMidYearIsLive(byte[] bytes, DcfSpec spec) throws IOException {
    try (OpenedWorkbook workbook = new OpenedWorkbook(bytes)) {
      double before = workbook.number("EnterpriseValue");
      Cell cell = workbook.cell("MidYear");
      assertThat(cell.getCellType()).isEqualTo(CellType.BOOLEAN);
      workbook.set(cell, !cell.getBooleanCellValue());

      assertMatches(workbook, DcfEngine.DEFAULT.value(spec.toggleMidYear().toAssumptions()));
      assertThat(workbook.number("EnterpriseValue")).isNotEqualTo(before);
    }
  }

  /** A change the variants' checks accept: rates up a point, weights down, amounts up a tenth. */
  private static double changed(String input, double value) {
    return switch (input) {
      case "RevenueGrowth", "EbitMargin", "ProjectionTaxRate", "DepreciationRate", "GivenDiscountRate",
          "GivenCostOfEquity", "RiskFreeRate", "EquityRiskPremium", "PreTaxCostOfDebt", "WaccTaxRate",
          "TerminalGrowth" -> value + 0.01;
      case "EquityWeight" -> value - 0.1;
      case "Beta" -> value + 0.2;
      default -> value * 1.1 + 1;
    };
  }

  @Test
  void gordonCheckSaysWhenGrowthReachesTheRate() throws IOException {
    DcfSpec spec = DcfSpec.explicit("check", 10.0, 11.0).rate(0.08).gordon(0.03);
    try (OpenedWorkbook workbook = new OpenedWorkbook(written(spec))) {
      Cell check = checkCell(workbook);
      assertThat(workbook.workbook.getCreationHelper().createFormulaEvaluator().evaluate(check).getStringValue())
          .isEqualTo("OK");
      workbook.set(workbook.cell("TerminalGrowth"), 0.08);
      assertThat(workbook.workbook.getCreationHelper().createFormulaEvaluator().evaluate(check).getStringValue())
          .contains("must stay below the discount rate");
    }
  }

  private static Cell checkCell(OpenedWorkbook workbook) {
    Sheet model = workbook.workbook.getSheet(DcfWorkbook.MODEL);
    for (Row row : model) {
      Cell label = row.getCell(0);
      if (label != null && "Check".equals(label.getStringCellValue())) {
        return row.getCell(1);
      }
    }
    throw new AssertionError("no Check row on the model sheet");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void outputsAreFormulasAndInputsLookLikeInputs(DcfSpec spec) throws IOException {
    try (OpenedWorkbook workbook = new OpenedWorkbook(written(spec))) {
      assertAll(Stream.of("EnterpriseValue", "EquityValue", "ValuePerShare", "TerminalValue",
              "PresentValueOfTerminalValue", "DiscountRate", "SumOfPresentValues")
          .map(name -> () -> assertThat(workbook.cell(name).getCellType()).as(name).isEqualTo(CellType.FORMULA)));
      XSSFCellStyle input = (XSSFCellStyle) workbook.cell("NetDebt").getCellStyle();
      XSSFCellStyle formula = (XSSFCellStyle) workbook.cell("EnterpriseValue").getCellStyle();
      assertThat(input.getFont().getXSSFColor().getRGB()).containsExactly(0x00, 0x00, 0xC0);
      assertThat(input.getFillForegroundXSSFColor()).isNotNull();
      assertThat(formula.getFillForegroundXSSFColor()).isNull();
      assertThat(workbook.cell("NetDebt").getSheet().getSheetName()).isEqualTo(DcfWorkbook.ASSUMPTIONS);
      assertThat(workbook.cell("EnterpriseValue").getSheet().getSheetName()).isEqualTo(DcfWorkbook.MODEL);
      assertThat(workbook.workbook.getForceFormulaRecalculation()).isTrue();
    }
  }

  /** Viewers that do not calculate show the values cached at writing: the engine's. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void cachedValuesAreTheEnginesFigures(DcfSpec spec) throws IOException {
    DcfValuation engine = DcfEngine.DEFAULT.value(spec.toAssumptions());
    try (OpenedWorkbook workbook = new OpenedWorkbook(written(spec))) {
      assertClose("cached EnterpriseValue", workbook.cell("EnterpriseValue").getNumericCellValue(),
          engine.enterpriseValue());
      assertClose("cached ValuePerShare", workbook.cell("ValuePerShare").getNumericCellValue(),
          engine.valuePerShare());
    }
  }

  @Test
  void runSheetSetsTheStoredFiguresBesideTheLiveOnes() throws IOException {
    DcfSpec spec = variants().toList().get(1);
    DcfValuation engine = DcfEngine.DEFAULT.value(spec.toAssumptions());
    WorkbookRun run = new WorkbookRun(UUID.randomUUID(), "DCF", "Acme base case", "ACME",
        Instant.parse("2026-11-22T06:00:00Z"), "analyst", DcfEngine.VERSION,
        List.of(new StoredFigure("enterpriseValue", engine.enterpriseValue()),
            new StoredFigure("valuePerShare", engine.valuePerShare())));
    try (OpenedWorkbook workbook = new OpenedWorkbook(DcfWorkbook.write(run, spec.toAssumptions()))) {
      Sheet sheet = workbook.workbook.getSheet(RunSheet.NAME);
      List<String> texts = new ArrayList<>();
      sheet.forEach(row -> row.forEach(c -> {
        if (c.getCellType() == CellType.STRING) {
          texts.add(c.getStringCellValue());
        }
      }));
      assertThat(texts).contains(run.id().toString(), "Acme base case", "ACME", "2026-11-22 06:00:00 UTC", "dcf-1.0");
      Row evRow = rowLabelled(sheet, "enterpriseValue");
      assertThat(evRow.getCell(1).getNumericCellValue()).isEqualTo(engine.enterpriseValue());
      assertThat(evRow.getCell(2).getCellFormula()).isEqualTo("EnterpriseValue");
      assertThat(workbook.evaluate(evRow.getCell(3))).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-6));

      workbook.set(workbook.cell("NetDebt"), spec.netDebt + 100);
      Row perShare = rowLabelled(sheet, "valuePerShare");
      assertClose("difference after net debt +100", workbook.evaluate(perShare.getCell(3)),
          -100 / spec.sharesOutstanding);
    }
  }

  private static Row rowLabelled(Sheet sheet, String label) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null && first.getCellType() == CellType.STRING && label.equals(first.getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError("no row " + label);
  }

  static void assertNoFormulaFails(OpenedWorkbook workbook) {
    var evaluator = workbook.workbook.getCreationHelper().createFormulaEvaluator();
    int formulas = 0;
    for (Sheet sheet : workbook.workbook) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.FORMULA) {
            formulas++;
            assertThat(evaluator.evaluate(cell).getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress()
                + " =" + cell.getCellFormula()).isNotEqualTo(CellType.ERROR);
          }
        }
      }
    }
    assertThat(formulas).isGreaterThan(10);
  }

  static void assertMatches(OpenedWorkbook workbook, DcfValuation engine) {
    List<DcfYear> years = engine.years();
    List<Runnable> checks = new ArrayList<>(List.of(
        () -> assertClose("EnterpriseValue", workbook.number("EnterpriseValue"), engine.enterpriseValue()),
        () -> assertClose("EquityValue", workbook.number("EquityValue"), engine.equityValue()),
        () -> assertClose("ValuePerShare", workbook.number("ValuePerShare"), engine.valuePerShare()),
        () -> assertClose("TerminalValue", workbook.number("TerminalValue"), engine.terminalValue()),
        () -> assertClose("PresentValueOfTerminalValue", workbook.number("PresentValueOfTerminalValue"),
            engine.presentValueOfTerminalValue()),
        () -> assertClose("SumOfPresentValues", workbook.number("SumOfPresentValues"), engine.sumOfPresentValues()),
        () -> assertClose("DiscountRate", workbook.number("DiscountRate"), engine.discountRate()),
        () -> assertClose("TerminalValueShare", workbook.number("TerminalValueShare"), engine.terminalValueShare()),
        () -> assertRow(workbook, "FreeCashFlow", years.stream().map(DcfYear::freeCashFlow).toList()),
        () -> assertRow(workbook, "DiscountFactor", years.stream().map(DcfYear::discountFactor).toList()),
        () -> assertRow(workbook, "PresentValue", years.stream().map(DcfYear::presentValue).toList())));
    if (years.get(0).revenue() != null) {
      checks.add(() -> assertRow(workbook, "Revenue", years.stream().map(DcfYear::revenue).toList()));
      checks.add(() -> assertRow(workbook, "Ebitda", years.stream().map(DcfYear::ebitda).toList()));
    }
    if (engine.wacc() != null) {
      checks.add(() -> assertClose("CostOfEquity", workbook.number("CostOfEquity"), engine.wacc().costOfEquity()));
      checks.add(() -> assertClose("AfterTaxCostOfDebt", workbook.number("AfterTaxCostOfDebt"),
          engine.wacc().afterTaxCostOfDebt()));
      checks.add(() -> assertClose("Wacc", workbook.number("Wacc"), engine.wacc().wacc()));
    }
    assertAll(checks.stream().map(check -> check::run));
  }

  private static void assertRow(OpenedWorkbook workbook, String name, List<Double> expected) {
    List<Double> actual = workbook.numbers(name);
    assertThat(actual).as(name).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertClose(name + "[" + i + "]", actual.get(i), expected.get(i));
    }
  }

  static void assertClose(String what, double actual, double expected) {
    assertThat(Math.abs(actual - expected))
        .as("%s: workbook %s, engine %s", what, actual, expected)
        .isLessThanOrEqualTo(TOLERANCE * Math.max(1, Math.abs(expected)));
  }

  /** What a change to any input must move: the outputs and the yearly lines. */
  private static List<Double> fingerprint(OpenedWorkbook workbook) {
    List<Double> figures = new ArrayList<>(List.of(workbook.number("EnterpriseValue"), workbook.number("EquityValue"),
        workbook.number("ValuePerShare")));
    figures.addAll(workbook.numbers("FreeCashFlow"));
    if (workbook.has("Ebitda")) {
      figures.addAll(workbook.numbers("Ebitda"));
    }
    return figures;
  }
}
