package com.valorivx.analytics;

import com.valorivx.governance.Feature;
import com.valorivx.governance.PlanService;
import com.valorivx.engine.risk.RiskResult;
import com.valorivx.engine.risk.ValueAtRiskEngine;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
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

  /** Runs the requested method and stores the result as a run of the caller's tenant. */
  public RiskRun valueAtRisk(Caller caller, RiskRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.RISK);
    RiskResult result = metrics.time(RunKind.VAR, () -> ValueAtRiskEngine.DEFAULT.run(request.toAssumptions()));
    UUID id = store.record(caller, RunKind.VAR, request.name(), null, request, result, ValueAtRiskEngine.VERSION);
    return new RiskRun(id, result);
  }
}
