package com.valorivx.valuation;

import com.valorivx.governance.Feature;
import com.valorivx.governance.PlanService;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import com.valorivx.workbook.DcfWorkbook;
import com.valorivx.workbook.LboWorkbook;
import com.valorivx.workbook.WorkbookRun;
import com.valorivx.workbook.WorkbookRun.StoredFigure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a stored run of the caller's tenant as an {@code .xlsx} workbook of live formulas: the
 * run's stored inputs become the workbook's input cells, its stored results sit beside the
 * workbook's own figures. Reads only; stores nothing.
 */
@Stateless
public class WorkbookService {

  @Inject
  PlanService plans;

  /** The kinds of run that have a workbook. */
  public static final Set<RunKind> KINDS = EnumSet.of(RunKind.DCF, RunKind.LBO);

  private static final Jsonb JSON = JsonbBuilder.create();

  private static final List<String> DCF_FIGURES = List.of("enterpriseValue", "equityValue", "valuePerShare",
      "terminalValue", "presentValueOfTerminalValue", "sumOfPresentValues", "discountRate");

  private static final List<String> LBO_FIGURES = List.of("entryEnterpriseValue", "equityInvested",
      "exitEnterpriseValue", "exitNetDebt", "exitEquityValue", "moic", "irr");

  @Inject
  ValuationService valuations;

  /**
   * The caller's run {@code id} as a workbook; empty when the caller's tenant has no such run.
   *
   * @throws WorkbookUnavailableException when the run's kind has no workbook
   */
  public Optional<RunWorkbook> workbook(Caller caller, UUID id) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST, Role.VIEWER);
    plans.requireFeature(caller, Feature.WORKBOOK);
    return valuations.find(caller, id).map(WorkbookService::write);
  }

  /** The workbook of a stored run, whoever's it is: callers check the tenant first. */
  static RunWorkbook write(StoredRun run) {
    return switch (run.kind()) {
      case DCF -> new RunWorkbook(run.id(), run.kind(), DcfWorkbook.write(
          describe(run, DCF_FIGURES), JSON.fromJson(run.inputsJson(), DcfRequest.class).toAssumptions()));
      case LBO -> new RunWorkbook(run.id(), run.kind(), LboWorkbook.write(
          describe(run, LBO_FIGURES), JSON.fromJson(run.inputsJson(), LboRequest.class).toAssumptions()));
      default -> throw new WorkbookUnavailableException(run.kind(), KINDS);
    };
  }

  private static WorkbookRun describe(StoredRun run, List<String> figures) {
    JsonObject result;
    try (JsonReader reader = Json.createReader(new StringReader(run.resultJson()))) {
      result = reader.readObject();
    }
    List<StoredFigure> stored = new ArrayList<>();
    for (String field : figures) {
      if (result.get(field) instanceof JsonNumber number) {
        // The workbook's IRR is EquityIrr: a name Irr would read as the function in some programs.
        stored.add("irr".equals(field) ? new StoredFigure(field, number.doubleValue(), "EquityIrr")
            : new StoredFigure(field, number.doubleValue()));
      }
    }
    return new WorkbookRun(run.id(), run.kind().name(), run.name(), run.ticker(), run.createdAt(), run.createdBy(),
        run.engineVersion(), stored);
  }
}
