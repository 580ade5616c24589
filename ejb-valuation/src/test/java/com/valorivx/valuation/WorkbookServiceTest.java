package com.valorivx.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.engine.dcf.DcfEngine;
import com.valorivx.engine.dcf.DcfValuation;
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

  /** The named cell; for a row, its third element (year 3). */
  private static Cell cell(XSSFWorkbook workbook, String name) {
    String formula = workbook.getName(name).getRefersToFormula();
    CellReference ref = new CellReference(formula.contains(":") ? formula.substring(0, formula.indexOf(':')) : formula);
    int col = ref.getCol() + (formula.contains(":") ? 2 : 0);
    return workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(col);
  }
}
