package com.valorivx.analytics;

import com.valorivx.audit.Audited;
import com.valorivx.engine.risk.RiskAssumptions;
import com.valorivx.governance.Feature;
import com.valorivx.governance.PlanService;
import com.valorivx.engine.risk.RiskResult;
import com.valorivx.engine.risk.ValueAtRiskEngine;
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

/** Value at risk and expected shortfall of a caller's portfolio (API.md "Analytics"); stores VAR runs. */
@Stateless
public class RiskService {

  @Inject
  PlanService plans;

  @Inject
  RunStore store;

  @Inject
  ValuationMetrics metrics;

  @Inject
  JobService jobs;

  /** Runs the requested method and stores the result as a run of the caller's tenant. */
  @Audited("run.var")
  public RiskRun valueAtRisk(Caller caller, RiskRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.RISK);
    RiskResult result = metrics.time(RunKind.VAR, () -> ValueAtRiskEngine.DEFAULT.run(request.toAssumptions()));
    UUID id = store.record(caller, RunKind.VAR, request.name(), null, request, result, ValueAtRiskEngine.VERSION);
    return new RiskRun(id, result);
  }

  /**
   * Checks the request at once (a bad field is rejected before any job exists), then runs it as a
   * VAR job, Monte Carlo scenarios in chunks with progress and cancel between them; the job stores
   * the VAR run and its result names it. Answers the job's id.
   */
  @Audited("analytics.var.job")
  public UUID submitValueAtRisk(Caller caller, RiskRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.RISK);
    RiskAssumptions assumptions = request.toAssumptions();
    return jobs.submit(caller, RunKind.VAR.name(), request, (id, context) -> {
      RiskResult result = metrics.time(RunKind.VAR,
          () -> ValueAtRiskEngine.DEFAULT.run(assumptions, context.monitor()));
      return new JobOutcome(RunKind.VAR, request.name(), null, request, result, ValueAtRiskEngine.VERSION);
    });
  }
}
