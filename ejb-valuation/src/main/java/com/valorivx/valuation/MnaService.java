package com.valorivx.valuation;

import com.valorivx.audit.Audited;
import com.valorivx.governance.Feature;
import com.valorivx.governance.PlanService;
import com.valorivx.engine.mna.MnaAccretionGrid;
import com.valorivx.engine.mna.MnaEngine;
import com.valorivx.engine.mna.MnaValuation;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.UUID;

/** Values acquisitions' accretion/dilution for a caller's tenant and stores each run as an MNA run. */
@Stateless
public class MnaService {

  @Inject
  PlanService plans;

  @Inject
  RunStore store;

  @Inject
  ValuationMetrics metrics;

  /** Values the deal and stores it as a run of the caller's tenant. */
  @Audited("run.mna")
  public MnaRun accretionDilution(Caller caller, MnaRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.MNA);
    MnaValuation valuation = metrics.time(RunKind.MNA,
        () -> MnaEngine.DEFAULT.accretionDilution(request.toAssumptions()));
    UUID id = store.record(caller, RunKind.MNA, request.name(), request.ticker(), request, valuation,
        MnaValuation.VERSION);
    return new MnaRun(id, valuation);
  }

  /** Revalues the base deal over premium × stock share; stores nothing. */
  public MnaAccretionGrid accretionGrid(Caller caller, MnaGridRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.MNA);
    return metrics.time(RunKind.MNA, () -> MnaEngine.DEFAULT.accretionGrid(request.toAssumptions()));
  }
}
