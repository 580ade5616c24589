package com.valorivx.web.valuation;

import com.valorivx.governance.AccessDeniedException;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.dcf.DcfSensitivity;
import com.valorivx.engine.dcf.DcfValuation;
import com.valorivx.governance.Caller;
import com.valorivx.valuation.DcfRequest;
import com.valorivx.valuation.DcfRun;
import com.valorivx.valuation.RunKind;
import com.valorivx.valuation.ValuationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Assembles what the DCF page shows: values a request and draws the result with its sensitivity
 * heat table (the service computes the grid), and reopens stored runs (inputs and stored result).
 */
@ApplicationScoped
public class DcfResults {

  private static final Logger LOG = Logger.getLogger(DcfResults.class.getName());

  @Inject
  ValuationService valuations;

  /** A stored DCF run reopened: which run, the form showing its inputs and the result it stored. */
  public record Reopened(RunRow run, DcfForm form, DcfResultView result) {
  }

  /** Values {@code request} (the service stores the run) and returns its view. */
  public DcfResultView value(Caller caller, DcfRequest request) {
    DcfRun run = valuations.valueDcf(caller, request);
    return view(caller, run.id(), request, run.valuation());
  }

  /** The view of a valuation of {@code request}, with the sensitivity grid around it. */
  public DcfResultView view(Caller caller, UUID runId, DcfRequest request, DcfValuation valuation) {
    return DcfResultView.of(runId, valuation, heatTable(caller, request, valuation));
  }

  /** The caller's tenant's DCF run {@code id}, if there is one. */
  public Optional<Reopened> reopen(Caller caller, UUID id) {
    return valuations.find(caller, id)
        .filter(run -> run.kind() == RunKind.DCF)
        .map(run -> {
          DcfRequest request = RunDocuments.dcfRequest(run.inputsJson());
          DcfValuation stored = RunDocuments.dcfValuation(run.resultJson());
          return new Reopened(RunRow.of(run), DcfForm.of(request), view(caller, run.id(), request, stored));
        });
  }

  private HeatTable heatTable(Caller caller, DcfRequest request, DcfValuation valuation) {
    boolean byMultiple = SensitivityGrid.isExitMultiple(request);
    try {
      DcfSensitivity grid = valuations.dcfSensitivity(caller, SensitivityGrid.around(request, valuation.discountRate()));
      double baseColumn = byMultiple ? request.terminal().multiple() : request.terminal().growth();
      return HeatTable.of(grid, valuation.discountRate(), baseColumn, byMultiple, valuation.valuePerShare());
    } catch (InvalidAssumptionsException | AccessDeniedException e) {
      // The headline result stands on its own; a grid the service will not draw (or the role may not compute) is left out.
      LOG.log(Level.FINE, "no sensitivity grid: {0}", e.getMessage());
      return null;
    }
  }
}
