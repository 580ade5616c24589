package com.valorivx.valuation;

import com.valorivx.governance.Feature;
import com.valorivx.governance.PlanService;
import com.valorivx.engine.sensitivity.TornadoAnalysis;
import com.valorivx.engine.sensitivity.TornadoEngine;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** One-at-a-time DCF sensitivity (tornado) for any signed-in role; like the sensitivity grid, it stores nothing. */
@Stateless
public class TornadoService {

  @Inject
  PlanService plans;

  @Inject
  ValuationMetrics metrics;

  /** Swings each input of the base DCF down and up and revalues; bars widest first. */
  public TornadoAnalysis dcfTornado(Caller caller, DcfTornadoRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.DCF);
    return metrics.time(RunKind.DCF, () -> TornadoEngine.DEFAULT.analyse(request.toAssumptions()));
  }
}
