package com.valorivx.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.engine.dcf.DcfEngine;
import com.valorivx.engine.dcf.DcfValuation;
import com.valorivx.engine.lbo.LboEngine;
import com.valorivx.engine.lbo.LboValuation;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A run as {@code RunStore} keeps it (request and result as JSON-B documents) comes back as a
 * workbook of its own inputs; kinds without a workbook are refused by name.
 */
class WorkbookServiceTest {

  private static final Jsonb JSON = JsonbBuilder.create();

  /** Same double arithmetic on both sides; see DcfWorkbookTest.TOLERANCE. */
  private static final double TOLERANCE = 1e-9;

  private static StoredRun stored(RunKind kind, Object request, Object result) {
    return new StoredRun(UUID.randomUUID(), kind, "Base case", "ACME", Instant.parse("2026-11-22T06:00:00Z"),
        "analyst", DcfEngine.VERSION, JSON.toJson(request), JSON.toJson(result));
  }

  @Test
  void aStoredDcfRunBecomesAWorkbookOfItsInputs() throws IOException {
    DcfRequest request = JSON.fromJson("""
        {"name":"Base case","projection":{"baseRevenue":1000,"years":4,"revenueGrowth":[0.1,0.08,0.06,0.04],
          "ebitMargin":0.2,"taxRate":0.25,"salesToCapital":2,"depreciationRate":0.05},
         "wacc":{"riskFreeRate":0.04,"beta":1.2,"equityRiskPremium":0.05,"preTaxCostOfDebt":0.06,
                 "taxRate":0.25,"equityWeight":0.6},
         "terminal":{"method":"EXIT_MULTIPLE","multiple":8},"midYear":true,"netDebt":300,
         "minorityInterest":20,"nonOperatingAssets":50,"sharesOutstanding":40}""", DcfRequest.class);
    DcfValuation valuation = DcfEngine.DEFAULT.value(request.toAssumptions());
    StoredRun run = stored(RunKind.DCF, request, valuation);

    RunWorkbook workbook = WorkbookService.write(run);

    assertThat(workbook.fileName()).isEqualTo("dcf-" + run.id() + ".xlsx");
    assertThat(workbook.kind()).isEqualTo(RunKind.DCF);
    try (XSSFWorkbook opened = new XSSFWorkbook(new ByteArrayInputStream(workbook.content()))) {
      FormulaEvaluator evaluator = opened.getCreationHelper().createFormulaEvaluator();
      assertThat(evaluate(opened, evaluator, "EnterpriseValue"))
          .isCloseTo(valuation.enterpriseValue(), within(TOLERANCE * valuation.enterpriseValue()));
      assertThat(evaluate(opened, evaluator, "ValuePerShare"))
          .isCloseTo(valuation.valuePerShare(), within(TOLERANCE * Math.abs(valuation.valuePerShare())));
      assertThat(cell(opened, "MidYear").getBooleanCellValue()).isTrue();
      assertThat(cell(opened, "RevenueGrowth").getNumericCellValue()).isEqualTo(0.06);
    }
  }

  /** Issue 3's LBO worked example, stored as LboService stores it: exit equity 624.19, IRR 15.78 %. */
  @Test
  void aStoredLboRunBecomesAWorkbookOfItsInputs() throws IOException {
    LboRequest request = JSON.fromJson("""
        {"name":"Issue example","entryEbitda":100,"entryMultiple":8,"years":5,
         "debtTranches":[{"name":"Senior","amount":500,"interestRate":0.08,"amortizationRate":0,"cashSweep":true}],
         "ebitdaGrowth":0.05,"cashConversion":0.5,"exitMultiple":8}""", LboRequest.class);
    LboValuation valuation = LboEngine.DEFAULT.value(request.toAssumptions());
    StoredRun run = stored(RunKind.LBO, request, valuation);

    RunWorkbook workbook = WorkbookService.write(run);

    assertThat(workbook.fileName()).isEqualTo("lbo-" + run.id() + ".xlsx");
    try (XSSFWorkbook opened = new XSSFWorkbook(new ByteArrayInputStream(workbook.content()))) {
      FormulaEvaluator evaluator = opened.getCreationHelper().createFormulaEvaluator();
      assertThat(evaluate(opened, evaluator, "ExitEquityValue")).isCloseTo(624.19, within(0.005))
          .isCloseTo(valuation.exitEquityValue(), within(TOLERANCE * valuation.exitEquityValue()));
      assertThat(evaluate(opened, evaluator, "EquityIrr")).isCloseTo(valuation.irr(), within(TOLERANCE));
      assertThat(cell(opened, "TrancheAmount").getNumericCellValue()).isEqualTo(500);
    }
  }

  @Test
  void kindsWithoutAWorkbookAreRefusedByName() {
    StoredRun option = stored(RunKind.OPTION, "{}", "{}");

    assertThatThrownBy(() -> WorkbookService.write(option))
        .isInstanceOf(WorkbookUnavailableException.class)
        .hasMessageContaining("OPTION runs have no workbook")
        .hasMessageContaining("DCF")
        .extracting(e -> ((WorkbookUnavailableException) e).kind()).isEqualTo(RunKind.OPTION);
  }

  private static double evaluate(XSSFWorkbook workbook, FormulaEvaluator evaluator, String name) {
    Cell cell = cell(workbook, name);
    assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
    return evaluator.evaluate(cell).getNumberValue();
  }

  /** The named cell; for a row, its third element (year 3); for a column, its first. */
  private static Cell cell(XSSFWorkbook workbook, String name) {
    String formula = workbook.getName(name).getRefersToFormula();
    boolean range = formula.contains(":");
    CellReference ref = new CellReference(range ? formula.substring(0, formula.indexOf(':')) : formula);
    CellReference end = range ? new CellReference(formula.substring(formula.indexOf(':') + 1)) : ref;
    boolean row = end.getRow() == ref.getRow() && end.getCol() > ref.getCol();
    int col = ref.getCol() + (row ? 2 : 0);
    return workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(col);
  }
}
