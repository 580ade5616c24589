package com.valorivx.analytics;

import com.valorivx.audit.Audited;
import com.valorivx.governance.Feature;
import com.valorivx.governance.PlanService;
import com.valorivx.engine.portfolio.EfficientFrontier;
import com.valorivx.engine.portfolio.PortfolioAssumptions;
import com.valorivx.engine.portfolio.PortfolioOptimizer;
import com.valorivx.engine.portfolio.PortfolioResult;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import com.valorivx.job.JobOutcome;
import com.valorivx.job.JobService;
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

  @Inject
  JobService jobs;

  /** The portfolio the request's objective asks for, stored as a run. */
  @Audited("run.portfolio.optimize")
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
  @Audited("run.portfolio.frontier")
  public PortfolioFrontierRun frontier(Caller caller, PortfolioRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.PORTFOLIO);
    EfficientFrontier frontier = metrics.time(RunKind.PORTFOLIO,
        () -> PortfolioOptimizer.DEFAULT.frontier(request.toFrontierAssumptions(), request.frontierPoints()));
    UUID id = store.record(caller, RunKind.PORTFOLIO, request.name(), null, request, frontier,
        PortfolioOptimizer.VERSION);
    return new PortfolioFrontierRun(id, frontier);
  }

  /**
   * Checks the request at once (a bad field is rejected before any job exists), then computes the
   * frontier as a PORTFOLIO job, point by point with progress and cancel between points; the job
   * stores the run and its result names it. Answers the job's id.
   */
  @Audited("analytics.portfolio.frontier.job")
  public UUID submitFrontier(Caller caller, PortfolioRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.PORTFOLIO);
    PortfolioAssumptions assumptions = request.toFrontierAssumptions();
    int points = request.frontierPoints();
    PortfolioOptimizer.checkPoints(points);
    return jobs.submit(caller, RunKind.PORTFOLIO.name(), request, (id, context) -> {
      EfficientFrontier frontier = metrics.time(RunKind.PORTFOLIO,
          () -> PortfolioOptimizer.DEFAULT.frontier(assumptions, points, context.monitor()));
      return new JobOutcome(RunKind.PORTFOLIO, request.name(), null, request, frontier, PortfolioOptimizer.VERSION);
    });
  }
}
