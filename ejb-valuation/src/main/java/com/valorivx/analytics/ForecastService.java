package com.valorivx.analytics;

import com.valorivx.governance.Feature;
import com.valorivx.governance.PlanService;
import com.valorivx.engine.forecast.ForecastEngine;
import com.valorivx.engine.forecast.ForecastResult;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import com.valorivx.valuation.RunKind;
import com.valorivx.valuation.RunStore;
import com.valorivx.valuation.ValuationMetrics;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.UUID;

/** Forecasts a revenue history by linear trend and Holt's method and stores each forecast as a FORECAST run. */
@Stateless
public class ForecastService {

  @Inject
  PlanService plans;

  @Inject
  RunStore store;

  @Inject
  ValuationMetrics metrics;

  /** Forecasts and stores the run in the caller's tenant. */
  public ForecastRun forecast(Caller caller, ForecastRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.FORECAST);
    ForecastResult result = metrics.time(RunKind.FORECAST,
        () -> ForecastEngine.DEFAULT.forecast(request.toAssumptions()));
    UUID id = store.record(caller, RunKind.FORECAST, request.name(), null, request, result, ForecastEngine.VERSION);
    return new ForecastRun(id, result);
  }
}
