package com.valorivx.valuation;

import com.valorivx.audit.Audited;
import com.valorivx.governance.Feature;
import com.valorivx.governance.PlanService;
import com.valorivx.engine.realoption.RealOptionPricer;
import com.valorivx.engine.realoption.RealOptionValuation;
import com.valorivx.engine.realoption.RealOptionVolatilityProfile;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** Values expand, abandon and defer options on projects for a caller's tenant; stores REAL_OPTION runs. */
@Stateless
public class RealOptionService {

  @Inject
  PlanService plans;

  @Inject
  RunStore store;

  @Inject
  ValuationMetrics metrics;

  /** Values the option and stores it as a run of the caller's tenant. */
  @Audited("run.real-option")
  public RealOptionRun value(Caller caller, RealOptionRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.REAL_OPTIONS);
    RealOptionValuation valuation = metrics.time(RunKind.REAL_OPTION,
        () -> RealOptionPricer.DEFAULT.value(request.toAssumptions()));
    UUID id = store.record(caller, RunKind.REAL_OPTION, request.name(), null, request, valuation,
        RealOptionValuation.VERSION);
    return new RealOptionRun(id, valuation);
  }

  /** The option's value at each volatility, all else as requested; stores nothing. */
  public RealOptionVolatilityProfile volatilityProfile(Caller caller, RealOptionRequest request,
      List<Double> volatilities) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.REAL_OPTIONS);
    return metrics.time(RunKind.REAL_OPTION,
        () -> RealOptionPricer.DEFAULT.volatilityProfile(request.toAssumptions(), volatilities));
  }
}
