package com.valorivx.valuation;

import com.valorivx.audit.Audited;
import com.valorivx.governance.Feature;
import com.valorivx.governance.PlanService;
import com.valorivx.engine.common.Checks;
import com.valorivx.engine.lbo.LboAssumptions;
import com.valorivx.engine.lbo.LboEngine;
import com.valorivx.engine.lbo.LboReturnsGrid;
import com.valorivx.engine.lbo.LboValuation;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.UUID;

/** Values leveraged buyouts for a caller's tenant and stores each run; draws returns grids. */
@Stateless
public class LboService {

  @Inject
  PlanService plans;

  @Inject
  RunStore store;

  @Inject
  ValuationMetrics metrics;

  /** Values the buyout and stores it as an LBO run of the caller's tenant. */
  @Audited("run.lbo")
  public LboRun value(Caller caller, LboRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.LBO);
    LboValuation valuation = metrics.time(RunKind.LBO, () -> LboEngine.DEFAULT.value(request.toAssumptions()));
    UUID id = store.record(caller, RunKind.LBO, request.name(), request.ticker(), request, valuation, LboEngine.VERSION);
    return new LboRun(id, valuation);
  }

  /** IRR and MOIC over entry × exit multiples; stores nothing. */
  public LboReturnsGrid returnsGrid(Caller caller, LboReturnsGridRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.LBO);
    Checks.start().require(request.base() != null, "base", "is required").throwIfAny();
    return metrics.time(RunKind.LBO, () -> {
      LboAssumptions base = request.base().toAssumptions();
      return LboEngine.DEFAULT.returnsGrid(base, request.entryMultiples(), request.exitMultiples());
    });
  }
}
