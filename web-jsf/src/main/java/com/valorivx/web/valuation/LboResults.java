package com.valorivx.web.valuation;

import com.valorivx.governance.AccessDeniedException;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.common.ModelNotSolvableException;
import com.valorivx.engine.lbo.LboReturnsGrid;
import com.valorivx.engine.lbo.LboValuation;
import com.valorivx.governance.Caller;
import com.valorivx.valuation.LboRequest;
import com.valorivx.valuation.LboReturnsGridRequest;
import com.valorivx.valuation.LboRun;
import com.valorivx.valuation.LboService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Assembles what the LBO page shows: values a request (the service stores the run) and draws the
 * result with a returns grid of entry ± 2 turns × exit ± 2 turns around it.
 */
@ApplicationScoped
public class LboResults {

  private static final Logger LOG = Logger.getLogger(LboResults.class.getName());

  /** Turns of EBITDA either side of the base multiples on the grid's axes. */
  private static final double[] STEPS = {-2, -1, 0, 1, 2};

  @Inject
  LboService lbo;

  /** Values {@code request} and returns its view. */
  public LboResultView value(Caller caller, LboRequest request) {
    LboRun run = lbo.value(caller, request);
    return view(caller, run.id(), request, run.valuation());
  }

  /** The view of a valuation {@code v} of {@code request} (a fresh run or a stored one), with its returns grid. */
  public LboResultView view(Caller caller, UUID runId, LboRequest request, LboValuation v) {
    List<LboResultView.Source> debt = new ArrayList<>();
    for (int i = 0; i < request.debtTranches().size(); i++) {
      LboRequest.Tranche t = request.debtTranches().get(i);
      debt.add(new LboResultView.Source(t.name() == null ? "Tranche " + (i + 1) : t.name(), t.amount()));
    }
    return LboResultView.of(runId, v, debt, grid(caller, request, v), request.entryMultiple(),
        request.exitMultiple());
  }

  private LboReturnsGrid grid(Caller caller, LboRequest request, LboValuation v) {
    double entryEbitda = v.entryEnterpriseValue() / request.entryMultiple();
    List<Double> entries = new ArrayList<>();
    List<Double> exits = new ArrayList<>();
    for (double step : STEPS) {
      double entry = request.entryMultiple() + step;
      // An entry price the debt alone would pay leaves no equity to earn a return on.
      if (entry > 0 && entry * entryEbitda + v.transactionFees() > v.totalDebt()) {
        entries.add(entry);
      }
      double exit = request.exitMultiple() + step;
      if (exit > 0) {
        exits.add(exit);
      }
    }
    try {
      return lbo.returnsGrid(caller, new LboReturnsGridRequest(request, entries, exits));
    } catch (InvalidAssumptionsException | ModelNotSolvableException | AccessDeniedException e) {
      // The headline result stands on its own; a grid the service will not draw (or the role may not compute) is left out.
      LOG.log(Level.FINE, "no returns grid: {0}", e.getMessage());
      return null;
    }
  }
}
