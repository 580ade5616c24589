package com.valorivx.analytics;

import com.valorivx.governance.Feature;
import com.valorivx.governance.PlanService;
import com.valorivx.engine.portfolio.EfficientFrontier;
import com.valorivx.engine.portfolio.PortfolioOptimizer;
import com.valorivx.engine.portfolio.PortfolioResult;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import com.valorivx.valuation.RunKind;
import com.valorivx.valuation.RunStore;
import com.valorivx.valuation.ValuationMetrics;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Portfolio optimisation (API.md "Analytics") for a caller's tenant; both the optimised portfolio
 * and the efficient frontier are stored as PORTFOLIO runs. Rejected inputs raise
 * {@code InvalidAssumptionsException}, unsolvable ones (no portfolio beats the risk-free rate, an
 * unattainable target return) {@code ModelNotSolvableException}.
 */
@Stateless
public class PortfolioService {

  @Inject
  PlanService plans;

  @Inject
  RunStore store;

  @Inject
  ValuationMetrics metrics;

  /** The portfolio the request's objective asks for, stored as a run. */
  public PortfolioRun optimize(Caller caller, PortfolioRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.PORTFOLIO);
    PortfolioResult result = metrics.time(RunKind.PORTFOLIO,
        () -> PortfolioOptimizer.DEFAULT.optimize(request.toAssumptions()));
    UUID id = store.record(caller, RunKind.PORTFOLIO, request.name(), null, request, result,
        PortfolioOptimizer.VERSION);
    return new PortfolioRun(id, result);
  }

  /** The efficient frontier in the request's number of points, stored as a run. */
  public PortfolioFrontierRun frontier(Caller caller, PortfolioRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.PORTFOLIO);
    EfficientFrontier frontier = metrics.time(RunKind.PORTFOLIO,
        () -> PortfolioOptimizer.DEFAULT.frontier(request.toFrontierAssumptions(), request.frontierPoints()));
    UUID id = store.record(caller, RunKind.PORTFOLIO, request.name(), null, request, frontier,
        PortfolioOptimizer.VERSION);
    return new PortfolioFrontierRun(id, frontier);
  }
}
